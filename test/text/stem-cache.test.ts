import { createRequire } from 'node:module';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { naturalWords } from '../../src/text/natural.js';
import { STEM_CACHE_LIMIT, stemCache } from '../../src/text/stem-cache.js';
import { TokenRun, wordsOf } from '../../src/text/tokens.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describe('the stem cache keeps memory flat', () => {
  it('never holds more than its limit', () => {
    for (let i = 0; i < STEM_CACHE_LIMIT + 500; i++) stemCache.stem(`w${i}x`);
    expect(stemCache.size).toBeLessThanOrEqual(STEM_CACHE_LIMIT);
  });

  it('finds each word again, whatever its case, as the table grows and is emptied', () => {
    const words = Array.from({ length: 3 * STEM_CACHE_LIMIT }, (_, i) => `funding${i.toString(36)}s`);
    const earlier = new Map<string, string>();
    const wrong: string[] = [];
    for (const [i, word] of words.entries()) {
      const found = stemCache.stem(word);
      if (!found.startsWith('fund') || stemCache.stem(word.toUpperCase()) !== found) wrong.push(word);
      if (i % 997 === 0) earlier.set(word, found);
      // Words seen a while ago, which by now were moved to a larger table or dropped with it.
      if (i % 10_007 === 0) for (const [seen, its] of earlier) if (stemCache.stem(seen) !== its) wrong.push(seen);
    }
    expect(wrong).toEqual([]);
  });

  it('stems words too long to be words without keeping them', () => {
    const before = stemCache.size;
    const porter = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
    for (let i = 0; i < 2000; i++) {
      const word = `${'fund'.repeat(20 + (i % 50))}${i}ing`;
      expect(stemCache.stem(word)).toBe(porter.stem(word));
    }
    // A rule may even use such a stem: the word still gets its id.
    const long = `${'fund'.repeat(30)}ing`;
    const [longId, fundId] = [stemCache.stemId(porter.stem(long)), stemCache.stemId('fund')];
    const run = new TokenRun(`${long} funding`);
    expect([run.ids[0], run.ids[1]]).toEqual([longId, fundId]);
    expect(stemCache.size).toBe(before + 1);
  });

  it('does not keep a document alive through its keys', () => {
    // 12 MB of text made of a thousand new long words: the cache gains a thousand small entries,
    // but keys sliced from the text (V8 slices strings of 13+ characters) would pin all 12 MB.
    const words = Array.from({ length: 1000 }, (_, i) => `zqlongerprefix${i.toString(36)}wordsuffix`).join(' ');
    gc();
    const before = process.memoryUsage().heapUsed;
    (() => {
      const text = (words + ' ').repeat(Math.ceil(12e6 / (words.length + 1)));
      new TokenRun(text.slice(0, words.length + 1));
      new TokenRun(text);
    })();
    // RegExp's legacy last-match state (RegExp.input) holds the last string scanned; scan another.
    /x/.exec('x');
    gc();
    const after = process.memoryUsage().heapUsed;
    expect((after - before) / 1e6).toBeLessThan(4);
  });
});

const SAMPLES = [
  // curly apostrophes, currency, hyphens and abbreviations
  'We don’t support £200m for multi-agency work, e.g. the NHS’s role.',
  // underscores, digits, diacritics, a dash, Cyrillic, Greek, a combining accent and Welsh
  'kinship_carers 12a (b) Ünïcode café — naïve; Привет мир 7,900 Αθήνα cafe\u0301 Tŷ ŵyn',
  // whitespace runs only
  '  \n\t tabs\tand\nnewlines  ',
];

describe('the scanner finds the words of natural’s WordTokenizer, with every Unicode letter a letter', () => {
  it.each(SAMPLES)('%s', (text) => {
    expect(
      wordsOf(text)
        .filter((t) => !/^[£€$]$/.test(t.word))
        .map((t) => text.slice(t.start, t.end)),
    ).toEqual(text.match(/[\p{L}\p{M}0-9_]+/gu) ?? []);
  });

  it('keeps accented Latin and Welsh letters inside their words, lower-cased', () => {
    expect(wordsOf('Café, NAÏVE and Tŷ Ŵyn; señora façade').map((t) => t.word)).toEqual(['café', 'naïve', 'and', 'tŷ', 'ŵyn', 'señora', 'façade']);
  });

  it('splits on what is no letter, as natural does for ASCII', () => {
    const ascii = 'We don’t support £200m for multi-agency work, e.g. the NHS’s role.';
    expect(
      wordsOf(ascii)
        .filter((t) => !/^[£€$]$/.test(t.word))
        .map((t) => ascii.slice(t.start, t.end)),
    ).toEqual(naturalWords(ascii));
  });
});
