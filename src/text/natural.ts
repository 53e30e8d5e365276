import { createRequire } from 'node:module';

/**
 * The one door to `natural`. Its package root takes about a second and
 * 110 MB to import and prints to stdout, so only the Porter stemmer and the
 * word tokenizer are loaded, by deep path.
 */
const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

/** natural's Porter stemmer, uncached (see stem-cache.ts). */
export function porterStem(word: string): string {
  return porter.stem(word);
}

const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as {
  WordTokenizer: new () => { tokenize(text: string): string[] };
};

const wordTokenizer = new WordTokenizer();

/** natural's own word tokenizer, which defines what a word is (used to check rule phrases and in tests). */
export function naturalWords(text: string): string[] {
  return wordTokenizer.tokenize(text);
}
