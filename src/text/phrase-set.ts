import type { TokenRun } from './tokens.js';
import { firstIds, matchAt, type CompiledPhrase } from './phrase.js';

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
}

/**
 * Many phrases matched in one left-to-right pass. At each token the longest
 * phrase wins ("do not support" over "support"), ties going to the phrase
 * added first; callers add phrases in rule-id order, so the result never
 * depends on the key order of a user's JSON. Phrases are indexed by the stem
 * id they start with, so a word no phrase starts with costs one array read.
 */
export class PhraseSet<T> {
  /** Dense, indexed by stem id (null where no phrase starts), so V8 keeps it a plain array. */
  private byFirstId: (Entry<T>[] | null)[] = [];
  private readonly numberFirst: Entry<T>[] = [];
  private count = 0;

  add(phrase: CompiledPhrase, payload: T): void {
    const entry = { phrase, payload };
    this.count++;
    const first = phrase.slots[0]!;
    const lists = 'number' in first ? [this.numberFirst] : firstIds(phrase).map((id) => this.bucket(id));
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

  /** Leftmost-longest, non-overlapping matches among tokens [from, to) of `run`. */
  findAll(run: TokenRun, from = 0, to = run.length): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const { ids } = run;
    const { byFirstId } = this;
    const numbers = this.numberFirst.length > 0;
    let i = from;
    while (i < to) {
      const id = ids[i]!;
      // Most words start no phrase: skip them without a call.
      if (!numbers && (id >= byFirstId.length || byFirstId[id] === null)) {
        i++;
        continue;
      }
      const found = this.matchHere(run, i, to);
      if (found) {
        matches.push(found);
        i = found.to;
      } else i++;
    }
    return matches;
  }

  /** The longest match starting exactly at token `at`, not reaching past `to`. */
  matchHere(run: TokenRun, at: number, to = run.length): PhraseMatch<T> | undefined {
    if (at >= to) return undefined;
    const id = run.ids[at]!;
    const candidates = id < this.byFirstId.length ? this.byFirstId[id]! : null;
    if (candidates !== null) {
      for (const entry of candidates) {
        const end = matchAt(entry.phrase, run, at, to);
        if (end >= 0) return { payload: entry.payload, phrase: entry.phrase, from: at, to: end };
      }
    }
    // Phrases that start with `#` are tried where no word phrase starts.
    if (candidates === null && this.numberFirst.length > 0 && run.isNumber(at)) {
      for (const entry of this.numberFirst) {
        const end = matchAt(entry.phrase, run, at, to);
        if (end >= 0) return { payload: entry.payload, phrase: entry.phrase, from: at, to: end };
      }
    }
    return undefined;
  }

  private bucket(id: number): Entry<T>[] {
    while (this.byFirstId.length <= id) this.byFirstId.push(null);
    return (this.byFirstId[id] ??= []);
  }
}
