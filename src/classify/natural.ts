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

export interface Token {
  /** Lower-cased word as it appears. */
  word: string;
  /** Porter stem of `word`. */
  stem: string;
  /** [start, end) offsets in the text that was tokenized, shifted by the caller's base. */
  start: number;
  end: number;
}

interface Entry {
  word: string;
  stem: string;
}

/**
 * Stemming is nearly all of the tagger's cost and a corpus reuses a small
 * vocabulary, so each word form is stemmed once. Keys are flattened copies,
 * never slices of a document, so the cache does not keep any document's text
 * alive; it is cleared past a bound, so memory stays flat on any corpus.
 */
export const STEM_CACHE_LIMIT = 100_000;
const cache = new Map<string, Entry>();

function entryFor(raw: string): Entry {
  let entry = cache.get(raw);
  if (entry === undefined) {
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    // A flattened copy: V8 would otherwise keep the whole document a slice came from.
    const key = (' ' + raw).slice(1);
    const word = key.toLowerCase();
    entry = { word, stem: porter.stem(word) };
    cache.set(key, entry);
  }
  return entry;
}

export function stem(word: string): string {
  return entryFor(word).stem;
}

export function stemCacheSize(): number {
  return cache.size;
}

/**
 * natural's WordTokenizer splits on anything but [A-Za-zА-Яа-я0-9_]; this
 * scanner finds the same words with their offsets in one pass (a test holds
 * the two equal), plus currency signs, which carry meaning for the funding
 * theme but which the tokenizer drops.
 */
const WORD = /[A-Za-zА-Яа-я0-9_]+|[£€$]/g;

export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const entry = entryFor(m[0]);
    tokens.push({ word: entry.word, stem: entry.stem, start: base + m.index, end: base + m.index + m[0].length });
  }
  return tokens;
}

const wordTokenizer = new WordTokenizer();

/** natural's own word tokenizer, which defines what a word is (used to check rule phrases and in tests). */
export function naturalWords(text: string): string[] {
  return wordTokenizer.tokenize(text);
}
