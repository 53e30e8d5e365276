import { porterStem } from './natural.js';
import { ownCopy } from './utils.js';

/** FNV-1a over lower-cased codes plus one, hashed as a scanner reads them: start from HASH_SEED, fold each with hashStep. */
export const HASH_SEED = 0x811c9dc5;
export function hashStep(hash: number, wordCharCode: number): number {
  return Math.imul(hash ^ wordCharCode, 0x01000193);
}

/**
 * What the scanner knows of each character: 0 for none of a word, else its
 * lower-case code plus one. A word is ASCII letters, digits and `_` (as
 * natural's WordTokenizer has it) and every Unicode letter or combining mark,
 * so `café`, `naïve` and Welsh `ŵ`, `ŷ` stay inside their words. One table
 * read per character keeps the scan tight: everything below U+2100 (Latin,
 * Greek, Cyrillic, and the curly quotes and dashes of general punctuation)
 * is worked out when the module loads, any other character the first time
 * it is met (a `\p{L}` test), and kept. Surrogate halves are never letters.
 */
const EAGER = 0x2100;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

function classify(c: number): number {
  const ascii = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  if (!ascii && (c < 0x80 || (c >= 0xd800 && c <= 0xdfff) || !LETTER_OR_MARK.test(String.fromCharCode(c)))) return 0;
  // Lower case as String#toLowerCase has it, where that is one character (`İ` lowers to two, and stays itself).
  const lowered = String.fromCharCode(c).toLowerCase();
  return (lowered.length === 1 ? lowered.charCodeAt(0) : c) + 1;
}
const WORD_CHAR = new Uint16Array(EAGER);
for (let c = 0; c < EAGER; c++) WORD_CHAR[c] = classify(c);
/** Characters above the eager table, each classified the first time it is met (UNKNOWN until then). */
const UNKNOWN = 0xffff;
let beyond: Uint16Array | undefined;

function wordCharBeyond(c: number): number {
  beyond ??= new Uint16Array(0x10000).fill(UNKNOWN);
  const w = beyond[c]!;
  return w !== UNKNOWN ? w : (beyond[c] = classify(c));
}

/** Lower-case code of a word character plus one, or 0 if `c` is not one. */
export function wordChar(c: number): number {
  return c < EAGER ? WORD_CHAR[c]! : wordCharBeyond(c);
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

function hashOf(word: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, lower(word.charCodeAt(k)) + 1);
  return hash;
}

function stemOf(text: string, start: number, end: number): string {
  // A copy, since the stem made from it is kept.
  return porterStem(ownCopy(text.slice(start, end).toLowerCase()));
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
 * Per slot, 12 bytes side by side, so the table of a large corpus's
 * vocabulary stays in the processor's cache: the word's hash; where its
 * lower-cased characters start in `chars`, shifted past their count plus one
 * (so 0 marks an empty slot); and its stem's index among the cached words'
 * distinct stems, whose ids sit in one typed array.
 */
const HASH = 0;
const PLACE = 1;
const STEM = 2;
const FIELDS = 3;
/** Bits of PLACE that hold the length plus one (at most MAX_CACHED_LENGTH + 1); the start is above them. */
const LENGTH_BITS = 7;
const LENGTH_MASK = (1 << LENGTH_BITS) - 1;
/**
 * The table grows at three quarters full: with a well mixed hash, linear
 * probing still finds a word in one or two probes, and the table is a third
 * smaller than at half full.
 */
const MAX_LOAD = 0.75;
/**
 * Longer "words" (a run of hex digits, a pasted token) are stemmed every time
 * rather than cached, so that `chars` stays under a few megabytes whatever
 * the corpus holds.
 */
const MAX_CACHED_LENGTH = 64;
// A cached word's start fits above the length bits: the cache holds at most STEM_CACHE_LIMIT words of MAX_CACHED_LENGTH.
if (STEM_CACHE_LIMIT * MAX_CACHED_LENGTH >= 2 ** (31 - LENGTH_BITS)) throw new Error('stem cache: PLACE cannot hold a start this large');

/**
 * Word forms to stems, and stems to the small integer ids that matching
 * compares. Stems that rule phrases use get ids; a word whose stem no rule
 * uses gets 0. Ids are never reused, so a compiled phrase stays valid for
 * the life of the cache.
 */
export class StemCache {
  private readonly stemIds = new Map<string, number>();
  /**
   * The cached words' distinct stems, by index, and each one's id (0 when no
   * rule uses it): a stem that gets an id has it set here once, and every
   * cached word with that stem reads it with no lookup.
   */
  private stemIndex = new Map<string, number>();
  private stems: string[] = [];
  private idOfStem = new Int32Array(MIN_CAPACITY);
  private capacity = MIN_CAPACITY;
  private mask = MIN_CAPACITY - 1;
  private meta = new Int32Array(MIN_CAPACITY * FIELDS);
  private count = 0;
  /** The cached words' lower-cased characters, end to end. */
  private chars = new Uint16Array(1 << 16);
  private charsUsed = 0;

  stemId(stem: string): number {
    let id = this.stemIds.get(stem);
    if (id === undefined) {
      id = this.stemIds.size + 1;
      this.stemIds.set(stem, id);
      const index = this.stemIndex.get(stem);
      if (index !== undefined) this.idOfStem[index] = id;
    }
    return id;
  }

  /** Stem id of the word text[start, end), whose hash the scanner computed (see hashStep); 0 when no rule uses its stem. */
  wordId(text: string, start: number, end: number, hash: number): number {
    const slot = this.slotOf(text, start, end, hash);
    return slot < 0 ? (this.stemIds.get(stemOf(text, start, end)) ?? 0) : this.idOfStem[this.meta[slot * FIELDS + STEM]!]!;
  }

  /** Porter stem of one word, through the cache. */
  stem(word: string): string {
    const lowered = word.toLowerCase();
    // Found before `stems` is read: finding a new word may move the table.
    const slot = this.slotOf(lowered, 0, lowered.length, hashOf(lowered));
    return slot < 0 ? stemOf(lowered, 0, lowered.length) : this.stems[this.meta[slot * FIELDS + STEM]!]!;
  }

  /** Word forms cached. */
  get size(): number {
    return this.count;
  }

  private sameWord(at: number, text: string, start: number, length: number): boolean {
    const { chars } = this;
    for (let k = 0; k < length; k++) if (chars[at + k] !== lower(text.charCodeAt(start + k))) return false;
    return true;
  }

  /** The cache slot of text[start, end), stemming the word when it is new; -1 for a word too long to cache. */
  private slotOf(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    if (length > MAX_CACHED_LENGTH) return -1;
    let slot = hash & this.mask;
    for (let m = slot * FIELDS; this.meta[m + PLACE] !== 0; m = slot * FIELDS) {
      const { meta } = this;
      const place = meta[m + PLACE]!;
      if (meta[m + HASH] === hash && (place & LENGTH_MASK) === length + 1 && this.sameWord(place >>> LENGTH_BITS, text, start, length)) return slot;
      slot = (slot + 1) & this.mask;
    }
    if (this.count >= STEM_CACHE_LIMIT) {
      this.resize(MIN_CAPACITY, false);
      slot = hash & this.mask;
    } else if (this.count + 1 > MAX_LOAD * this.capacity) {
      this.resize(this.capacity * 2, true);
      slot = hash & this.mask;
      while (this.meta[slot * FIELDS + PLACE] !== 0) slot = (slot + 1) & this.mask;
    }
    if (this.charsUsed + length > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + length));
      grown.set(this.chars.subarray(0, this.charsUsed));
      this.chars = grown;
    }
    for (let k = 0; k < length; k++) this.chars[this.charsUsed + k] = lower(text.charCodeAt(start + k));
    const index = this.indexOf(stemOf(text, start, end));
    const m = slot * FIELDS;
    const { meta } = this;
    meta[m + HASH] = hash;
    meta[m + PLACE] = (this.charsUsed << LENGTH_BITS) | (length + 1);
    meta[m + STEM] = index;
    this.charsUsed += length;
    this.count++;
    return slot;
  }

  /** The index of a cached word's stem, adding it with its id when no cached word had it. */
  private indexOf(stem: string): number {
    let index = this.stemIndex.get(stem);
    if (index === undefined) {
      index = this.stems.length;
      this.stemIndex.set(stem, index);
      this.stems.push(stem);
      if (index >= this.idOfStem.length) {
        const grown = new Int32Array(2 * this.idOfStem.length);
        grown.set(this.idOfStem);
        this.idOfStem = grown;
      }
      this.idOfStem[index] = this.stemIds.get(stem) ?? 0;
    }
    return index;
  }

  /** A new table of `to` slots, with the old entries moved in when `keep` (growing) or dropped with their stems (past the bound). */
  private resize(to: number, keep: boolean): void {
    const oldMeta = this.meta;
    const oldCapacity = this.capacity;
    this.capacity = Math.min(to, MAX_CAPACITY);
    this.mask = this.capacity - 1;
    const meta = (this.meta = new Int32Array(this.capacity * FIELDS));
    this.count = 0;
    if (!keep) {
      this.charsUsed = 0;
      this.stemIndex = new Map();
      this.stems = [];
      this.idOfStem = new Int32Array(MIN_CAPACITY);
      return;
    }
    for (let old = 0; old < oldCapacity; old++) {
      const from = old * FIELDS;
      if (oldMeta[from + PLACE] === 0) continue;
      let slot = oldMeta[from + HASH]! & this.mask;
      while (meta[slot * FIELDS + PLACE] !== 0) slot = (slot + 1) & this.mask;
      meta.set(oldMeta.subarray(from, from + FIELDS), slot * FIELDS);
      this.count++;
    }
  }
}

/** The process's one cache: every compiled phrase and every token run must share its stem ids. */
export const stemCache = new StemCache();
