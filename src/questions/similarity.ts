import { wordsOf } from '../text/tokens.js';
import { ownCopy } from '../text/utils.js';

/**
 * Words that every consultation question shares: they say nothing about
 * which question it is, so they are left out before comparing.
 */
const STOP = new Set(
  [
    'a an and are as at be by can could do doe does for from had has have how i if in into is it its of on or our should so that',
    'the their there these they this those to us was we were what when where which who whi why will with would you your yourself',
    'overall view opinion extent agre agree think',
  ]
    .join(' ')
    .split(' '),
);

/**
 * A corpus asks the same questions again and again: stems are kept per
 * question text, up to a bound so memory stays flat. Keys are copies (see
 * ownCopy).
 */
const STEMS_CACHE_LIMIT = 10_000;
const stemsCache = new Map<string, readonly string[]>();

/** The stems that identify a question, in order; all its stems when every one is common ("Do you agree?"). */
export function questionStems(text: string): readonly string[] {
  let stems = stemsCache.get(text);
  if (stems === undefined) {
    if (stemsCache.size >= STEMS_CACHE_LIMIT) stemsCache.clear();
    stems = stemsOf(text);
    stemsCache.set(ownCopy(text), stems);
  }
  return stems;
}

function stemsOf(text: string): string[] {
  const stems = wordsOf(text)
    .map((t) => t.stem)
    .filter((s) => !/^\d+[a-z]?$/.test(s));
  const content = stems.filter((s) => !STOP.has(s));
  return content.length > 0 ? content : stems;
}

/** Rows of the overlap table, kept between calls: questions are short, and a corpus compares many. */
let previous = new Int32Array(64);
let current = new Int32Array(64);

/** Length of the longest common subsequence: word overlap that respects order. */
function lcs<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (previous.length <= b.length) {
    previous = new Int32Array(2 * b.length + 1);
    current = new Int32Array(2 * b.length + 1);
  }
  let prev = previous.fill(0, 0, b.length + 1);
  let row = current;
  for (let i = 1; i <= a.length; i++) {
    row[0] = 0;
    const x = a[i - 1];
    for (let j = 1; j <= b.length; j++) row[j] = x === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/**
 * How alike two questions are, from 0 to 1, given their in-order overlap:
 * the overlap against the longer of the two (so a question quoted in part
 * scores by how much of the whole it carries), blended with the overlap
 * against the shorter when the shorter is a substantial quote.
 */
function similarityOf(common: number, a: number, b: number): number {
  const whole = (2 * common) / (a + b);
  const shorter = Math.min(a, b);
  // A partial quote: most of a reasonably long excerpt appears, in order, in the other question.
  const quote = shorter >= 6 ? common / shorter : 0;
  return Math.max(whole, 0.9 * quote);
}

/** How alike two questions' stems are, as strings or as ids (see similarityOf). */
export function similarity<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  return a.length === 0 || b.length === 0 ? 0 : similarityOf(lcs(a, b), a.length, b.length);
}
