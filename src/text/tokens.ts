import { HASH_SEED, hashStep, isCurrency, stemCache, wordChar } from './stem-cache.js';
import { firstNotBefore } from './utils.js';

/** Characters per word in English prose, spaces and punctuation included, rounded down so the arrays rarely grow. */
const CHARS_PER_WORD = 5;

/**
 * The words of a text as parallel integer arrays (stem id, start, end): no
 * object or string per word, which is most of what tagging a large corpus
 * would otherwise allocate. The whole text is scanned once, in one tight
 * loop; a sentence is then a range of indices into the run (see `range`).
 */
export class TokenRun {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(readonly text: string) {
    const capacity = Math.max(16, Math.ceil(text.length / CHARS_PER_WORD));
    this.ids = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.scan();
  }

  /**
   * Words are what natural's WordTokenizer finds (a test holds the two
   * equal), plus currency signs. Each is hashed as it is read, so a word
   * already seen costs no string.
   */
  private scan(): void {
    const { text } = this;
    const to = text.length;
    let i = 0;
    while (i < to) {
      const c = text.charCodeAt(i);
      let w = wordChar(c);
      if (w !== 0) {
        const start = i;
        let hash = HASH_SEED;
        do {
          hash = hashStep(hash, w);
          i++;
        } while (i < to && (w = wordChar(text.charCodeAt(i))) !== 0);
        this.push(stemCache.wordId(text, start, i, hash), start, i);
      } else {
        if (isCurrency(c)) this.push(stemCache.wordId(text, i, i + 1, hashStep(HASH_SEED, c + 1)), i, i + 1);
        i++;
      }
    }
  }

  private push(stemId: number, start: number, end: number): void {
    if (this.length === this.ids.length) this.grow();
    this.ids[this.length] = stemId;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** The tokens within text[start, end), as indices [from, to). No word crosses a sentence's edge, so none is cut. */
  range(start: number, end: number): { from: number; to: number } {
    return { from: this.firstAtOrAfter(start), to: this.firstAtOrAfter(end) };
  }

  private firstAtOrAfter(offset: number): number {
    return firstNotBefore(this.length, (i) => this.starts[i]! < offset);
  }

  /** Whether token `i` is a number, optionally with one letter ("7", "12a"): what `#` in a phrase matches. */
  isNumber(i: number): boolean {
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    let k = start;
    while (k < end && isDigit(this.text.charCodeAt(k))) k++;
    if (k === start) return false;
    if (k === end) return true;
    return k === end - 1 && isLetter(this.text.charCodeAt(k));
  }

  private grow(): void {
    const size = this.ids.length * 2;
    const grown = (from: Int32Array): Int32Array => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.ids = grown(this.ids);
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

export interface Word {
  /** Lower-cased word as it appears. */
  word: string;
  /** Porter stem of `word`. */
  stem: string;
  /** [start, end) offsets in the text. */
  start: number;
  end: number;
}

/** The words of a short text as strings (rule phrases, questions); the tagger itself works on a TokenRun. */
export function wordsOf(text: string): Word[] {
  const run = new TokenRun(text);
  const out: Word[] = [];
  for (let i = 0; i < run.length; i++) {
    const [start, end] = [run.starts[i]!, run.ends[i]!];
    const word = text.slice(start, end).toLowerCase();
    out.push({ word, stem: stemCache.stem(word), start, end });
  }
  return out;
}
