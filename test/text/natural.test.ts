import { describe, expect, it } from 'vitest';
import { stemCache } from '../../src/text/stem-cache.js';
import { wordsOf } from '../../src/text/tokens.js';

describe('the natural wrapper', () => {
  it('tokenizes with offsets that slice back to the words', () => {
    const text = 'We don’t support £200m for multi-agency work.';
    const tokens = wordsOf(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
    expect(tokens.map((t) => t.word)).toContain('£');
    expect(tokens.map((t) => t.stem)).toContain('support');
  });

  it('stems through the cache with the same result as without', () => {
    expect(stemCache.stem('funding')).toBe('fund');
    expect(stemCache.stem('funding')).toBe('fund');
    expect(stemCache.stem('underfunded')).toBe('underfund');
  });

  it('never loads the natural package root (a second of start-up and output on stdout)', async () => {
    await import('../../src/text/natural.js');
    const loaded = Object.keys((await import('node:module')).createRequire(import.meta.url).cache ?? {});
    expect(loaded.some((file) => /natural[\\/]lib[\\/]natural[\\/]index\.js$/.test(file))).toBe(false);
  });
});
