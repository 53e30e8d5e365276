import { createRequire } from 'node:module';
import { ownCopy } from './utils.js';

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
 * scanned, so a word already seen costs no string at all: its characters are
 * compared with a copy kept in one flat array, not with a string elsewhere in
 * the heap. Nothing in the cache points into a document, so it keeps no
 * document's text alive; it is emptied past a bound, so memory stays flat on
 * any corpus.
 */
export const STEM_CACHE_LIMIT = 100_000;
/**
 * The table starts small and doubles at half full, so a corpus's working
 * vocabulary stays in the processor's cache; it never needs more than this.
 */
const MIN_CAPACITY = 1 << 12;
const MAX_CAPACITY = 1 << 18;
/**
 * Per slot, side by side so one probe reads one cache line: the word's hash,
 * where its lower-cased characters start in `chars` and how many there are
 * plus one (so 0 marks an empty slot), its stem id, and the stem-id
 * generation that id was read at.
 */
const HASH = 0;
const AT = 1;
const LENGTH = 2;
const ID = 3;
const GENERATION = 4;
const FIELDS = 8;
let capacity = MIN_CAPACITY;
let mask = capacity - 1;
let meta = new Int32Array(capacity * FIELDS);
let stems: string[] = new Array<string>(capacity).fill('');
let size = 0;
/**
 * Longer "words" (a run of hex digits, a pasted token) are stemmed every time
 * rather than cached, so that `chars` stays under a few megabytes whatever
 * the corpus holds.
 */
const MAX_CACHED_LENGTH = 64;
/** The cached words' lower-cased characters, end to end. */
let chars = new Uint16Array(1 << 16);
let charsUsed = 0;

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

function sameWord(at: number, text: string, start: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (chars[at + k] !== lower(text.charCodeAt(start + k))) return false;
  return true;
}

/** The cache slot of text[start, end), stemming the word when it is new; -1 for a word too long to cache. */
function slotOf(text: string, start: number, end: number, hash: number): number {
  const length = end - start;
  if (length > MAX_CACHED_LENGTH) return -1;
  let slot = hash & mask;
  for (let m = slot * FIELDS; meta[m + LENGTH] !== 0; m = slot * FIELDS) {
    if (meta[m + HASH] === hash && meta[m + LENGTH] === length + 1 && sameWord(meta[m + AT]!, text, start, length)) return slot;
    slot = (slot + 1) & mask;
  }
  if (size >= STEM_CACHE_LIMIT) {
    resize(MIN_CAPACITY, false);
    slot = hash & mask;
  } else if (2 * (size + 1) > capacity) {
    resize(capacity * 2, true);
    slot = hash & mask;
    while (meta[slot * FIELDS + LENGTH] !== 0) slot = (slot + 1) & mask;
  }
  if (charsUsed + length > chars.length) {
    const grown = new Uint16Array(Math.max(chars.length * 2, charsUsed + length));
    grown.set(chars.subarray(0, charsUsed));
    chars = grown;
  }
  for (let k = 0; k < length; k++) chars[charsUsed + k] = lower(text.charCodeAt(start + k));
  stems[slot] = stemOf(text, start, end);
  const m = slot * FIELDS;
  meta[m + HASH] = hash;
  meta[m + AT] = charsUsed;
  meta[m + LENGTH] = length + 1;
  meta[m + GENERATION] = 0;
  charsUsed += length;
  size++;
  return slot;
}

function stemOf(text: string, start: number, end: number): string {
  // A copy, since the stem made from it is kept.
  return porter.stem(ownCopy(text.slice(start, end).toLowerCase()));
}

/** A new table of `to` slots, with the old entries moved in when `keep` (growing) or dropped (past the bound). */
function resize(to: number, keep: boolean): void {
  const [oldStems, oldMeta] = [stems, meta];
  capacity = Math.min(to, MAX_CAPACITY);
  mask = capacity - 1;
  meta = new Int32Array(capacity * FIELDS);
  stems = new Array<string>(capacity).fill('');
  size = 0;
  if (!keep) {
    charsUsed = 0;
    return;
  }
  for (let old = 0; old < oldStems.length; old++) {
    const from = old * FIELDS;
    if (oldMeta[from + LENGTH] === 0) continue;
    let slot = oldMeta[from + HASH]! & mask;
    while (meta[slot * FIELDS + LENGTH] !== 0) slot = (slot + 1) & mask;
    stems[slot] = oldStems[old]!;
    meta.set(oldMeta.subarray(from, from + FIELDS), slot * FIELDS);
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
  const slot = slotOf(text, start, end, hash);
  return slot < 0 ? (stemIds.get(stemOf(text, start, end)) ?? 0) : idOf(slot);
}

function hashOf(word: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, lower(word.charCodeAt(k)) + 1);
  return hash;
}

/** Porter stem of one word, through the cache. */
export function stem(word: string): string {
  const lowered = word.toLowerCase();
  // Found before `stems` is read: finding a new word may move the table.
  const slot = slotOf(lowered, 0, lowered.length, hashOf(lowered));
  return slot < 0 ? stemOf(lowered, 0, lowered.length) : stems[slot]!;
}

export function stemCacheSize(): number {
  return size;
}

const wordTokenizer = new WordTokenizer();

/** natural's own word tokenizer, which defines what a word is (used to check rule phrases and in tests). */
export function naturalWords(text: string): string[] {
  return wordTokenizer.tokenize(text);
}
