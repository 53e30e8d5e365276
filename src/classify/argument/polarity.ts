import type { CompiledRules } from '../../rules/compile.js';
import type { PhraseMatch } from '../../text/phrase-set.js';
import { POLICY_DEFAULTS } from '../../rules/stance-defaults.js';
import type { TokenRun } from '../../text/tokens.js';

/** A word or phrase that carried polarity, after the modifiers before it had their say. */
export interface ScoredWord {
  /** Token indices [from, to) of the word or phrase. */
  from: number;
  to: number;
  rule: string;
  /** Its score in the lexicon or phrase rule, and after the flips and intensifiers. */
  base: number;
  score: number;
  /** The modifiers that changed it, in order: negators and effect verbs flip it, intensifiers strengthen it. */
  flips: { kind: 'negation' | 'effect' | 'intensifier'; from: number; to: number; rule: string }[];
}

export interface WordScores {
  total: number;
  words: ScoredWord[];
}

/**
 * A negator flips the words just after it, within its clause (`this does not help anyone`); one before a verb of
 * belief flips the rest of the clause (`we do not think a single threshold is a fair trigger`). `wide` holds the
 * negators that reach that far.
 */
export function negatorsBefore(negators: readonly PhraseMatch<unknown>[], at: number, reach: number, wide: ReadonlySet<PhraseMatch<unknown>> = new Set()): PhraseMatch<unknown>[] {
  return negators.filter((n) => n.to <= at && (wide.has(n) || at - n.to < reach));
}

/** How far an effect verb reaches: its object (`reduce the risk of harm`), not the rest of the clause. */
const EFFECT_REACH = 4;

/** A stance cue's weight (1.5 to 3) as a polarity: `fail to` (2.5) weighs as much as a strong lexicon word. */
const CUE_SCALE = 3;

/** An effect verb hands the opposite polarity to what it acts on, the words just after it: `reduce harm` is good. */
export function effectsBefore(effects: readonly PhraseMatch<unknown>[], at: number): PhraseMatch<unknown>[] {
  return effects.filter((e) => e.to <= at && at - e.to < EFFECT_REACH);
}

/** An intensifier strengthens the word right after it (`very harmful`), or one word later (`very much needed`). */
export function intensifierOf<T>(intensifiers: readonly PhraseMatch<T>[], at: number): PhraseMatch<T> | undefined {
  return intensifiers.find((m) => m.to === at || m.to === at - 1);
}

/**
 * The polarity words of tokens [from, to) of a run, one clause: lexicon words by stem, policy phrases
 * (longer, so they win), each flipped by the negators and effect verbs before it. `exclude` holds the
 * proposal's own words, which carry no polarity (`ban` is not bad when the proposal is a ban).
 */
export function scoreWords(run: TokenRun, from: number, to: number, rules: CompiledRules, exclude: ReadonlySet<number>): WordScores {
  const { argument } = rules;
  // How many words after it a negator reaches: `it should not be banned for fear of missing better treatments`
  // negates the ban, not the treatments (the stance policy's negationReach).
  const { negationReach } = argument.policy ?? POLICY_DEFAULTS;
  // Stance cues that judge a subject rather than state the respondent's position (`they fail to`, `will not
  // work`, `is a useful`) are polarity phrases of the reading, at their cue weight on the lexicon's scale.
  const found = rules.cues.findAll(run, from, to);
  // Position words (`support`, `against`) are heard in the respondent's voice or not at all: never as polarity.
  const positionWords = found.filter((c) => c.payload.statement);
  const inPositionWord = (i: number): boolean => positionWords.some((c) => c.from <= i && i < c.to);
  const cues = found
    // Position words (`support`, `against`) state a position in the respondent's voice, or say nothing of the proposal.
    .filter((c) => !c.payload.personal && !c.payload.statement && c.payload.label !== 'neutral')
    .map((c) => ({ ...c, payload: { rule: c.payload.rule, score: ((c.payload.label === 'agree' ? 1 : -1) * c.payload.weight) / CUE_SCALE } }));
  const phrases = [...argument.polarity.findAll(run, from, to), ...cues].sort((a, b) => a.from - b.from || b.to - a.to);
  const negators = rules.negators.findAll(run, from, to);
  const beliefs = argument.markers.findAll(run, from, to).filter((m) => m.payload.role === 'belief');
  const wide = new Set(negators.filter((n) => beliefs.some((b) => b.from >= n.to && b.from <= n.to + 1)));
  const effects = argument.effects.findAll(run, from, to);
  const intensifiers = argument.intensifiers.findAll(run, from, to);
  const words: ScoredWord[] = [];
  const push = (f: number, t: number, rule: string, base: number): void => {
    const flips: ScoredWord['flips'] = [];
    let score = base;
    for (const n of negatorsBefore(negators, f, negationReach, wide)) {
      score = -score;
      flips.push({ kind: 'negation', from: n.from, to: n.to, rule: (n.payload as { rule: string }).rule });
    }
    for (const e of effectsBefore(effects, f)) {
      score = -score;
      flips.push({ kind: 'effect', from: e.from, to: e.to, rule: e.payload as string });
    }
    const intensifier = intensifierOf(intensifiers, f);
    if (intensifier) {
      score *= intensifier.payload.factor;
      flips.push({ kind: 'intensifier', from: intensifier.from, to: intensifier.to, rule: intensifier.payload.rule });
    }
    words.push({ from: f, to: t, rule, base, score, flips });
  };
  let next = 0;
  for (let i = from; i < to; i++) {
    while (next < phrases.length && phrases[next]!.to <= i) next++;
    const phrase = phrases[next];
    if (phrase && phrase.from === i) {
      push(phrase.from, phrase.to, phrase.payload.rule, phrase.payload.score);
      i = phrase.to - 1;
      continue;
    }
    const id = run.ids[i]!;
    if (id === 0 || exclude.has(id) || inPositionWord(i)) continue;
    const entry = argument.lexicon.lookup(id, run.text, run.starts[i]!, run.ends[i]!);
    if (entry) push(i, i + 1, entry.rule, entry.score);
  }
  return { total: words.reduce((t, w) => t + w.score, 0), words };
}
