import { createRequire } from 'node:module';

/**
 * The one door to `natural`. Its package root takes about a second and
 * 110 MB to import and prints to stdout, so only the Porter stemmer and the
 * word tokenizer are loaded, by deep path.
 */
const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as {
  WordTokenizer: new () => { tokenize(text: string): string[] };
};

const tokenizer = new WordTokenizer();

export interface Token {
  /** Lower-cased word as it appears. */
  word: string;
  /** Porter stem of `word`. */
  stem: string;
  /** [start, end) offsets within the text that was tokenized. */
  start: number;
  end: number;
}

/**
 * Stemming is nearly all of the tagger's cost, and a corpus reuses a small
 * vocabulary, so stems are cached. Keys are copied strings (not slices of a
 * document), so the cache never keeps a document's text alive, and the cache
 * is cleared when it grows past a bound so memory stays flat.
 */
const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();

export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  // A flattened copy: V8 would otherwise keep the parent string of a slice.
  const key = (' ' + word).slice(1);
  const value = porter.stem(key);
  stemCache.set(key, value);
  return value;
}

export function stemCacheSize(): number {
  return stemCache.size;
}

/** Currency signs carry meaning for the funding theme but the word tokenizer drops them. */
const CURRENCY = /[£€$]/g;

/**
 * Words of `text` with their offsets. natural's WordTokenizer gives words
 * without positions, so each is found again in order from a moving cursor.
 */
export function tokenize(text: string): Token[] {
  const words = tokenizer.tokenize(text);
  const tokens: Token[] = [];
  let cursor = 0;
  CURRENCY.lastIndex = 0;
  let currency = CURRENCY.exec(text);
  for (const raw of words) {
    const start = text.indexOf(raw, cursor);
    if (start < 0) continue;
    while (currency && currency.index < start) {
      tokens.push({ word: currency[0], stem: currency[0], start: currency.index, end: currency.index + 1 });
      currency = CURRENCY.exec(text);
    }
    const word = raw.toLowerCase();
    tokens.push({ word, stem: stem(word), start, end: start + raw.length });
    cursor = start + raw.length;
  }
  while (currency) {
    tokens.push({ word: currency[0], stem: currency[0], start: currency.index, end: currency.index + 1 });
    currency = CURRENCY.exec(text);
  }
  return tokens;
}
