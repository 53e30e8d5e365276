import type { Token } from '../classify/natural.js';
import { firstStems, matchAt, type CompiledPhrase } from './phrase.js';

export interface PhraseMatch<T> {
  readonly payload: T;
  readonly phrase: CompiledPhrase;
  /** Token indices [from, to). */
  readonly from: number;
  readonly to: number;
}

interface Entry<T> {
  readonly phrase: CompiledPhrase;
  readonly payload: T;
  readonly order: number;
}

/**
 * Many phrases matched in one left-to-right pass. At each token the longest
 * phrase wins ("do not support" over "support"), ties going to the phrase
 * added first; callers add phrases in rule-id order, so the result never
 * depends on the key order of a user's JSON.
 */
export class PhraseSet<T> {
  private readonly byFirstStem = new Map<string, Entry<T>[]>();
  private readonly numberFirst: Entry<T>[] = [];
  private count = 0;

  add(phrase: CompiledPhrase, payload: T): void {
    const entry = { phrase, payload, order: this.count++ };
    const first = phrase.slots[0]!;
    const lists = 'number' in first ? [this.numberFirst] : [...firstStems(phrase)].map((s) => this.bucket(s));
    // Insert in place, longest first and then in the order added, so a bucket is always ready to match.
    for (const list of lists) {
      let i = list.length;
      while (i > 0 && list[i - 1]!.phrase.length < phrase.length) i--;
      list.splice(i, 0, entry);
    }
  }

  get size(): number {
    return this.count;
  }

  /** Leftmost-longest, non-overlapping matches. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.matchHere(tokens, i);
      if (found) {
        matches.push(found);
        i = found.to;
      } else i++;
    }
    return matches;
  }

  /** The longest match starting exactly at token `at`. */
  matchHere(tokens: readonly Token[], at: number): PhraseMatch<T> | undefined {
    const token = tokens[at];
    if (!token) return undefined;
    const first = token.word.charCodeAt(0);
    const candidates = this.byFirstStem.get(token.stem) ?? (first >= 48 && first <= 57 ? this.numberFirst : undefined);
    for (const entry of candidates ?? []) {
      const to = matchAt(entry.phrase, tokens, at);
      if (to >= 0) return { payload: entry.payload, phrase: entry.phrase, from: at, to };
    }
    return undefined;
  }

  private bucket(stem: string): Entry<T>[] {
    let list = this.byFirstStem.get(stem);
    if (!list) this.byFirstStem.set(stem, (list = []));
    return list;
  }
}
