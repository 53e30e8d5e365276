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

/**
 * Stems that rule phrases use get small integer ids, so matching compares
 * integers; a word whose stem no rule uses gets 0. Ids are never reused, so a
 * compiled phrase stays valid for the life of the process.
 */
const stemIds = new Map<string, number>();
/** Bumped whenever a stem gets an id, so cached words look theirs up again. */
let generation = 1;

export function stemId(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    id = stemIds.size + 1;
    stemIds.set(stem, id);
    generation++;
  }
  return id;
}

/**
 * Stemming is nearly all of the tagger's cost and a corpus reuses a small
 * vocabulary, so each word form is stemmed once. The cache is an
 * open-addressing table hashed on the lower-cased characters as they are
 * scanned, so a word already seen costs no string at all. Keys are flattened
 * copies, never slices of a document, so the cache keeps no document's text
 * alive; it is emptied past a bound, so memory stays flat on any corpus.
 */
export const STEM_CACHE_LIMIT = 100_000;
/**
 * The table starts small and doubles at half full, so a corpus's working
 * vocabulary stays in the processor's cache; it never needs more than this.
 */
const MIN_CAPACITY = 1 << 12;
const MAX_CAPACITY = 1 << 18;
/** Per slot, side by side so one probe reads one cache line: the word's hash, its stem id, and the stem-id generation it was read at (a fourth field pads a slot to 16 bytes). */
const HASH = 0;
const ID = 1;
const GENERATION = 2;
const FIELDS = 4;
let capacity = MIN_CAPACITY;
let mask = capacity - 1;
let meta = new Int32Array(capacity * FIELDS);
let words: (string | undefined)[] = new Array<string | undefined>(capacity).fill(undefined);
let stems: string[] = new Array<string>(capacity).fill('');
let size = 0;

/** FNV-1a over lower-cased codes plus one, hashed as a scanner reads them: start from HASH_SEED, fold each with hashStep. */
export const HASH_SEED = 0x811c9dc5;
export function hashStep(hash: number, wordCharCode: number): number {
  return Math.imul(hash ^ wordCharCode, 0x01000193);
}

/**
 * What the scanner knows of each character below U+0450: 0 for none of a
 * word, else its lower-case code plus one. natural's WordTokenizer splits on
 * anything but [A-Za-zА-Яа-я0-9_]; lower case is String#toLowerCase's for
 * those letters. One table read per character keeps the scan tight.
 */
const TABLE_SIZE = 0x450;
const WORD_CHAR = new Uint16Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 0x410;
  if (word) WORD_CHAR[c] = ((c >= 65 && c <= 90) || (c >= 0x410 && c <= 0x42f) ? c + 32 : c) + 1;
}

/** Lower-case code of a word character plus one, or 0 if `c` is not one. */
export function wordChar(c: number): number {
  return c < TABLE_SIZE ? WORD_CHAR[c]! : 0;
}

/** Lower case as the cache keys hold it; characters outside words stay as they are. */
function lower(c: number): number {
  const w = wordChar(c);
  return w === 0 ? c : w - 1;
}

/** Currency signs carry meaning for the funding theme, though the tokenizer drops them: each is a word of its own. */
export function isCurrency(c: number): boolean {
  return c === 0xa3 || c === 0x20ac || c === 0x24;
}

function sameWord(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== lower(text.charCodeAt(start + k))) return false;
  return true;
}

/** The cache slot of text[start, end), stemming the word when it is new. */
function slotOf(text: string, start: number, end: number, hash: number): number {
  let slot = hash & mask;
  for (let word = words[slot]; word !== undefined; word = words[slot]) {
    if (meta[slot * FIELDS + HASH] === hash && word.length === end - start && sameWord(word, text, start)) return slot;
    slot = (slot + 1) & mask;
  }
  if (size >= STEM_CACHE_LIMIT) {
    resize(MIN_CAPACITY, false);
    slot = hash & mask;
  } else if (2 * (size + 1) > capacity) {
    resize(capacity * 2, true);
    slot = hash & mask;
    while (words[slot] !== undefined) slot = (slot + 1) & mask;
  }
  // A flattened copy: V8 would otherwise keep the whole document a slice came from.
  const word = (' ' + text.slice(start, end).toLowerCase()).slice(1);
  words[slot] = word;
  stems[slot] = porter.stem(word);
  meta[slot * FIELDS + HASH] = hash;
  meta[slot * FIELDS + GENERATION] = 0;
  size++;
  return slot;
}

/** A new table of `to` slots, with the old entries moved in when `keep` (growing) or dropped (past the bound). */
function resize(to: number, keep: boolean): void {
  const [oldWords, oldStems, oldMeta] = [words, stems, meta];
  capacity = Math.min(to, MAX_CAPACITY);
  mask = capacity - 1;
  meta = new Int32Array(capacity * FIELDS);
  words = new Array<string | undefined>(capacity).fill(undefined);
  stems = new Array<string>(capacity).fill('');
  size = 0;
  if (!keep) return;
  for (let old = 0; old < oldWords.length; old++) {
    if (oldWords[old] === undefined) continue;
    const hash = oldMeta[old * FIELDS + HASH]!;
    let slot = hash & mask;
    while (words[slot] !== undefined) slot = (slot + 1) & mask;
    words[slot] = oldWords[old];
    stems[slot] = oldStems[old]!;
    meta.set(oldMeta.subarray(old * FIELDS, old * FIELDS + FIELDS), slot * FIELDS);
    size++;
  }
}

function idOf(slot: number): number {
  const at = slot * FIELDS;
  if (meta[at + GENERATION] !== generation) {
    meta[at + ID] = stemIds.get(stems[slot]!) ?? 0;
    meta[at + GENERATION] = generation;
  }
  return meta[at + ID]!;
}

/** Stem id of the word text[start, end), whose hash the scanner computed (see hashStep); 0 when no rule uses its stem. */
export function wordId(text: string, start: number, end: number, hash: number): number {
  return idOf(slotOf(text, start, end, hash));
}

function hashOf(word: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, lower(word.charCodeAt(k)) + 1);
  return hash;
}

/** Porter stem of one word, through the cache. */
export function stem(word: string): string {
  const lowered = word.toLowerCase();
  return stems[slotOf(lowered, 0, lowered.length, hashOf(lowered))]!;
}

export function stemCacheSize(): number {
  return size;
}

const wordTokenizer = new WordTokenizer();

/** natural's own word tokenizer, which defines what a word is (used to check rule phrases and in tests). */
export function naturalWords(text: string): string[] {
  return wordTokenizer.tokenize(text);
}
