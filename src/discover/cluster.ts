import { byCodeUnit } from '../text/utils.js';
import type { DiscoveryOptions } from './options.js';
import type { Vocabulary } from './vocabulary.js';

/** A theme before its answers are matched: its phrases, most distinctive first, and the answers whose candidates hold one. */
export interface Cluster {
  phrases: number[];
  answers: Set<number>;
}

/**
 * The phrases most distinctive of one question's answers, scored by
 * class-based TF-IDF: the share of its answers that use a phrase, times how
 * rare the phrase is across the run's questions (`log(1 + A / df)`, A the
 * answers per question on average). A phrase every question's answers use
 * (`social care`, `young people`) falls behind one only this question's do.
 */
export function distinctivePhrases(
  groupDf: ReadonlyMap<number, number>,
  runDf: ReadonlyMap<number, number>,
  answers: number,
  averageAnswers: number,
  vocab: Vocabulary,
  options: DiscoveryOptions,
): number[] {
  const scored: [number, number][] = [];
  for (const [id, df] of groupDf) {
    if (df < options.minPhraseAnswers) continue;
    scored.push([id, (df / answers) * Math.log(1 + averageAnswers / runDf.get(id)!)]);
  }
  scored.sort((a, b) => b[1] - a[1] || byCodeUnit(vocab.keys[a[0]]!, vocab.keys[b[0]]!));
  return scored.slice(0, options.maxPhrases).map(([id]) => id);
}

/**
 * Groups phrases into themes, in one fixed pass (no random seed): each
 * phrase, most distinctive first, joins the theme it is most bound to, else
 * starts one. A phrase is bound to a theme by the answers they share (at
 * least `joinShare` of the phrase's answers already raise the theme) or by
 * their words (one's head is a word of the other: `waiting list`, `long
 * waits ~ list`), so answers that say the same thing in other words meet.
 */
export function clusterPhrases(phrases: readonly number[], answersOf: ReadonlyMap<number, readonly number[]>, vocab: Vocabulary, options: DiscoveryOptions): Cluster[] {
  const clusters: Cluster[] = [];
  for (const id of phrases) {
    const own = answersOf.get(id) ?? [];
    let best: Cluster | undefined;
    let bestBond = 0;
    for (const cluster of clusters) {
      if (cluster.phrases.length >= options.maxThemePhrases) continue;
      const bond = Math.max(sharedShare(own, cluster.answers), cluster.phrases.some((other) => sharesHead(id, other, vocab)) ? 1 : 0);
      if (bond >= options.joinShare && bond > bestBond) [best, bestBond] = [cluster, bond];
    }
    if (!best) clusters.push((best = { phrases: [], answers: new Set() }));
    best.phrases.push(id);
    for (const a of own) best.answers.add(a);
  }
  return clusters;
}

function sharedShare(answers: readonly number[], theme: ReadonlySet<number>): number {
  if (answers.length === 0) return 0;
  let shared = 0;
  for (const a of answers) if (theme.has(a)) shared++;
  return shared / answers.length;
}

function sharesHead(a: number, b: number, vocab: Vocabulary): boolean {
  return vocab.words(b).includes(vocab.heads[a]!) || vocab.words(a).includes(vocab.heads[b]!);
}
