import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

function meter(enabled: boolean) {
  let time = 0;
  let out = '';
  const progress = new Progress({ write: (s: string) => (out += s) }, 10, enabled, () => time);
  return { progress, at: (ms: number) => (time = ms), out: () => out };
}

describe('the progress meter', () => {
  it('stays silent for the first second, then shows files done and MB/s, and erases itself', () => {
    const m = meter(true);
    m.at(500);
    m.progress.tick(1e6);
    expect(m.out()).toBe('');
    m.at(2000);
    m.progress.tick(1e6);
    expect(m.out()).toBe('\r\x1b[2Kcsc-tag: 2/10 files, 1.0 MB/s');
    m.at(2100);
    m.progress.tick(1e6);
    expect(m.out()).toBe('\r\x1b[2Kcsc-tag: 2/10 files, 1.0 MB/s');
    m.progress.clear();
    expect(m.out().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('prints nothing at all when disabled (stderr not a terminal, or --quiet)', () => {
    const m = meter(false);
    m.at(5000);
    m.progress.tick(1e6);
    m.progress.clear();
    expect(m.out()).toBe('');
  });
});
