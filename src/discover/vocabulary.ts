import { byCodeUnit } from '../text/utils.js';
import type { Candidate } from './candidates.js';

/**
 * Every candidate phrase met in a run, by a number: an answer keeps its
 * phrases as an array of numbers, not strings. A phrase's pattern is the
 * wording most answers used (ties to the first in code-unit order), so its
 * rule reads as people wrote it.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  readonly heads: string[] = [];
  private readonly wordings: Map<string, number>[] = [];

  idOf(candidate: Candidate): number {
    let id = this.ids.get(candidate.key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(candidate.key, id);
      this.keys.push(candidate.key);
      this.heads.push(candidate.head);
      this.wordings.push(new Map());
    }
    const wordings = this.wordings[id]!;
    wordings.set(candidate.pattern, (wordings.get(candidate.pattern) ?? 0) + 1);
    return id;
  }

  pattern(id: number): string {
    let best = '';
    let most = 0;
    for (const [pattern, n] of this.wordings[id]!) {
      if (n > most || (n === most && byCodeUnit(pattern, best) < 0)) [best, most] = [pattern, n];
    }
    return best;
  }

  /** The stems of a phrase. */
  words(id: number): string[] {
    return this.keys[id]!.split(' ');
  }
}
