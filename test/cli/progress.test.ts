import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

function meter(enabled: boolean, totalBytes = 0) {
  let time = 0;
  let out = '';
  const progress = new Progress({ write: (s: string) => (out += s) }, 10, enabled, () => time, totalBytes);
  return { progress, at: (ms: number) => (time = ms), out: () => out };
}

describe('the progress meter', () => {
  it('stays silent for the first two seconds, then shows files done and MB/s, and erases itself', () => {
    const m = meter(true);
    m.at(1500);
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

  it.each([
    [2000, 2e6, 'csc-tag: 2/10 files, 2 MB of 10 MB, about 8 s left'],
    [30_000, 2e6, 'csc-tag: 2/10 files, 2 MB of 10 MB, about 2 min 0 s left'],
    [2000, 10e6, 'csc-tag: 2/10 files, 10 MB of 10 MB, about 0 s left'],
  ])('with the inputs size known, shows bytes done and the time left (at %i ms, %i bytes)', (ms, bytes, line) => {
    const m = meter(true, 10e6);
    m.progress.tick(0);
    m.at(ms);
    m.progress.tick(bytes);
    expect(m.out()).toBe(`\r\x1b[2K${line}`);
  });

  it('prints nothing at all when disabled (stderr not a terminal, or --quiet)', () => {
    const m = meter(false);
    m.at(5000);
    m.progress.tick(1e6);
    m.progress.clear();
    expect(m.out()).toBe('');
  });
});
