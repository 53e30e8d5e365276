import type { GoldSegment } from './gold.js';

/**
 * Matching of gold segments to predicted ones, exactly as FORMAT.md (and
 * ../shared/tools/score.mjs) define it: the same number when both have one,
 * otherwise the most similar question text by word-bigram Dice >= 0.6, each
 * prediction used at most once, in document order.
 */
const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);

function bigrams(s: string): string[] {
  const w = words(s);
  const out: string[] = [];
  for (let i = 0; i + 1 < w.length; i++) out.push(w[i] + ' ' + w[i + 1]);
  if (w.length === 1) out.push(w[0]!);
  return out;
}

export function dice(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (!A.length || !B.length) return 0;
  const counts = new Map<string, number>();
  for (const x of A) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  for (const x of B) {
    const c = counts.get(x);
    if (c) {
      shared++;
      counts.set(x, c - 1);
    }
  }
  return (2 * shared) / (A.length + B.length);
}

const normNumber = (n: string | null): string | null =>
  n == null
    ? null
    : String(n)
        .toLowerCase()
        .replace(/[^0-9a-z]/g, '');
export const MIN_DICE = 0.6;

export function matchSegments(gold: readonly GoldSegment[], pred: readonly GoldSegment[]): { pairs: [GoldSegment, GoldSegment | null][]; unmatched: GoldSegment[] } {
  const used = new Set<number>();
  const pairs: [GoldSegment, GoldSegment | null][] = [];
  for (const g of gold) {
    let best = -1;
    let bestScore = 0;
    const gn = normNumber(g.number);
    if (gn) {
      pred.forEach((p, i) => {
        if (!used.has(i) && normNumber(p.number) === gn && best < 0) {
          best = i;
          bestScore = 1;
        }
      });
    }
    if (best < 0) {
      pred.forEach((p, i) => {
        if (used.has(i)) return;
        const s = dice(g.question, p.question);
        if (s >= MIN_DICE && s > bestScore) {
          best = i;
          bestScore = s;
        }
      });
    }
    if (best >= 0) used.add(best);
    pairs.push([g, best >= 0 ? pred[best]! : null]);
  }
  return { pairs, unmatched: pred.filter((_, i) => !used.has(i)) };
}
