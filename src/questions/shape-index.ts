import { similarity } from './similarity.js';

/**
 * Two questions are one when their stems overlap this much, in order. On the
 * seeds, the two responses to one consultation pair at 0.84 or more, while
 * different questions, and questions of another consultation, stay at 0.63 or
 * less: keeping questions apart matters more than catching every rewording.
 */
export const SAME_QUESTION = 0.7;
/** The same printed number is a hint, never proof: two consultations both have a "Question 7". */
const NUMBER_HINT = 0.1;
/** Questions whose rankings are kept; past it they are dropped, so memory stays flat. */
const RANKINGS_LIMIT = 10_000;

/** What the index needs of a question group. */
export interface Placed {
  /** Creation order: ties go to the older group. */
  readonly index: number;
  /** The file of its latest member: a document joins a group at most once. */
  lastFile: string | undefined;
}

/**
 * Groups whose canonical text has the same stems and number: every question
 * scores the same against each of them, so they are compared once.
 */
interface Shape<G extends Placed> {
  /** Creation order; the posting lists hold these, ascending. */
  id: number;
  number: string | null;
  stems: Int32Array;
  /** The stems sorted, for the size of the multiset two shapes share. */
  sorted: Int32Array;
  /** By index. */
  groups: G[];
  /** Groups before `at` are joined by the document `doc` (see firstFree). */
  cursor: { doc: number; at: number };
}

interface Ranking<G extends Placed> {
  /** How many shapes existed when it was last brought up to date. */
  made: number;
  /** Stems that any shape able to reach SAME_QUESTION must share with the question (see prefixOf)... */
  prefix: Int32Array;
  /** ...or, for a shape of the question's number, one of these. */
  numberedPrefix: Int32Array;
  entries: { shape: Shape<G>; score: number }[];
}

/** What alignment cost, for tests that bound it by counting rather than timing. */
export interface AlignmentCost {
  /** Shapes a question's stems led to. */
  candidates: number;
  /** In-order overlaps (longest common subsequence) worked out. */
  comparisons: number;
}

/**
 * The fewest stems a question of `n` stems must share, in order, with a
 * group's text to score SAME_QUESTION at best (the other text as short as
 * the overlap allows), with or without the number hint. Found by trying each
 * count: the score formula is the one of similarity.
 */
function minimumShared(n: number, hint: number): number {
  for (let c = 1; c <= n; c++) {
    const whole = (2 * c) / (n + c);
    const quote = n >= 6 ? (0.9 * c) / Math.max(6, c) : 0;
    if (Math.max(whole, quote) + hint >= SAME_QUESTION - 1e-9) return c;
  }
  return n + 1;
}

/** Size of the multiset two sorted stem lists share: a bound on their in-order overlap. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

const sortedCopy = (stems: Int32Array): Int32Array => Int32Array.from(stems).sort();
const keyOf = (number: string | null, stems: Int32Array): string => `${number ?? ''}\u0000${stems.join(',')}`;

/**
 * Finds the group a question joins, at a cost that grows with the distinct
 * texts of a corpus rather than with its questions: groups of one text share
 * a shape, a question's ranking of shapes is kept and only extended by the
 * shapes made since (never thrown away when a group changes), and candidate
 * shapes come from the posting lists of the question's rarest stems only
 * (prefix filtering: a shape that shares none of them cannot reach the bar).
 */
export class ShapeIndex<G extends Placed> {
  private readonly stemIds = new Map<string, number>();
  /** Stem id -> ids of the shapes whose stems include it, ascending. */
  private readonly postings: number[][] = [];
  /** The same for the shapes of each question number: the hint lowers their bar, so they are looked up apart. */
  private readonly numbered = new Map<string, number[]>();
  private readonly shapes: Shape<G>[] = [];
  private readonly byKey = new Map<string, Shape<G>>();
  private readonly shapeOf = new Map<G, Shape<G>>();
  private readonly rankings = new Map<string, Ranking<G>>();
  readonly cost: AlignmentCost = { candidates: 0, comparisons: 0 };

  /** A question's stems as ids: compared as integers, and as keys of shapes and rankings. */
  ids(stems: readonly string[]): Int32Array {
    const ids = new Int32Array(stems.length);
    stems.forEach((stem, i) => {
      let id = this.stemIds.get(stem);
      if (id === undefined) {
        id = this.stemIds.size;
        this.stemIds.set(stem, id);
        this.postings.push([]);
      }
      ids[i] = id;
    });
    return ids;
  }

  /** Files `group` under its canonical text, moving it from the shape of its earlier text. */
  place(group: G, number: string | null, stems: Int32Array): void {
    const before = this.shapeOf.get(group);
    const shape = this.shapeFor(number, stems);
    if (before === shape) return;
    if (before) {
      const at = before.groups.indexOf(group);
      before.groups.splice(at, 1);
      if (at < before.cursor.at) before.cursor.at--;
    }
    // Groups stay in index order; a newly made group goes last, a moved one may land earlier.
    let at = shape.groups.length;
    while (at > 0 && shape.groups[at - 1]!.index > group.index) at--;
    shape.groups.splice(at, 0, group);
    if (at < shape.cursor.at) shape.cursor.at = at;
    this.shapeOf.set(group, shape);
  }

  /**
   * The group the question joins: the best scoring at SAME_QUESTION or more
   * that the document (`doc`, a serial per document; `file`, its file) has not
   * joined yet, ties to the older group; undefined when there is none.
   */
  best(stems: Int32Array, number: string | null, doc: number, file: string): G | undefined {
    const { entries } = this.ranking(stems, number);
    for (let i = 0; i < entries.length;) {
      let found: G | undefined;
      let j = i;
      for (; j < entries.length && entries[j]!.score === entries[i]!.score; j++) {
        const group = firstFree(entries[j]!.shape, doc, file);
        if (group && (!found || group.index < found.index)) found = group;
      }
      if (found) return found;
      i = j;
    }
    return undefined;
  }

  private shapeFor(number: string | null, stems: Int32Array): Shape<G> {
    const key = keyOf(number, stems);
    let shape = this.byKey.get(key);
    if (!shape) {
      shape = { id: this.shapes.length, number, stems, sorted: sortedCopy(stems), groups: [], cursor: { doc: -1, at: 0 } };
      this.shapes.push(shape);
      this.byKey.set(key, shape);
      for (const stem of new Set(stems)) {
        this.postings[stem]!.push(shape.id);
        if (number !== null) this.numberedPostings(number, stem).push(shape.id);
      }
    }
    return shape;
  }

  /** The shapes a question may join, best first, brought up to date with the shapes made since it was last asked. */
  private ranking(stems: Int32Array, number: string | null): Ranking<G> {
    const key = keyOf(number, stems);
    let ranking = this.rankings.get(key);
    if (!ranking) {
      if (this.rankings.size >= RANKINGS_LIMIT) this.rankings.clear();
      ranking = { made: 0, prefix: this.prefixOf(stems, 0), numberedPrefix: number === null ? new Int32Array(0) : this.prefixOf(stems, NUMBER_HINT), entries: [] };
      this.rankings.set(key, ranking);
    }
    if (ranking.made < this.shapes.length) {
      const fresh = this.scoreSince(ranking, stems, number);
      ranking.made = this.shapes.length;
      if (fresh.length > 0) ranking.entries = [...ranking.entries, ...fresh].sort((a, b) => b.score - a.score || a.shape.id - b.shape.id);
    }
    return ranking;
  }

  private numberedPostings(number: string, stem: number): number[] {
    const key = `${number}\u0000${stem}`;
    let list = this.numbered.get(key);
    if (!list) this.numbered.set(key, (list = []));
    return list;
  }

  /**
   * A shape that reaches the bar shares at least minimumShared stems with the
   * question, so it holds one of any n - minimumShared + 1 of them: the rarest,
   * whose posting lists are shortest.
   */
  private prefixOf(stems: Int32Array, hint: number): Int32Array {
    const length = stems.length - minimumShared(stems.length, hint) + 1;
    if (length <= 0) return new Int32Array(0);
    const byRarity = [...stems].sort((a, b) => this.postings[a]!.length - this.postings[b]!.length || a - b);
    return Int32Array.from(new Set(byRarity.slice(0, length)));
  }

  /** Scores the shapes made since the ranking was last brought up to date, keeping those at the bar. */
  private scoreSince(ranking: Ranking<G>, stems: Int32Array, number: string | null): Ranking<G>['entries'] {
    const seen = new Set<number>();
    const collect = (list: readonly number[]): void => {
      for (let i = list.length - 1; i >= 0 && list[i]! >= ranking.made; i--) seen.add(list[i]!);
    };
    for (const stem of ranking.prefix) collect(this.postings[stem]!);
    for (const stem of ranking.numberedPrefix) collect(this.numbered.get(`${number}\u0000${stem}`) ?? []);
    const sorted = sortedCopy(stems);
    const fresh: Ranking<G>['entries'] = [];
    for (const id of seen) {
      this.cost.candidates++;
      const shape = this.shapes[id]!;
      const hint = number !== null && number === shape.number ? NUMBER_HINT : 0;
      const shared = sharedCount(sorted, shape.sorted);
      // The in-order overlap cannot exceed the shared words: shapes that could not reach the bar are never compared.
      const shorter = Math.min(stems.length, shape.stems.length);
      const bound = Math.max((2 * shared) / (stems.length + shape.stems.length), shorter >= 6 ? (0.9 * shared) / shorter : 0) + hint;
      if (bound < SAME_QUESTION) continue;
      this.cost.comparisons++;
      const score = similarity(stems, shape.stems) + hint;
      if (score >= SAME_QUESTION) fresh.push({ shape, score });
    }
    return fresh;
  }
}

/**
 * A shape's first group the document has not joined. Within one document
 * groups only become joined, so the scan resumes where it stopped: a
 * document asking one question a thousand times pays for it once.
 */
function firstFree<G extends Placed>(shape: Shape<G>, doc: number, file: string): G | undefined {
  const { cursor, groups } = shape;
  if (cursor.doc !== doc) {
    cursor.doc = doc;
    cursor.at = 0;
  }
  while (cursor.at < groups.length && groups[cursor.at]!.lastFile === file) cursor.at++;
  return groups[cursor.at];
}
