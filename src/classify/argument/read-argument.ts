import type { Evidence, Reading, ReadingStep, Stance } from '../../model/schema.js';
import type { StanceReason } from '../../model/stance-reasons.js';
import { stanceOf } from '../stance/input.js';
import type { CompiledRules } from '../../rules/compile.js';
import type { StancePolicy } from '../../rules/compile-argument.js';
import type { Locator } from '../../read/locate.js';
import { evidenceAt } from '../evidence.js';
import type { ProposalModel } from '../proposal.js';
import type { Sentence } from '../../text/sentences.js';
import { splitClauses, type Clause } from './clauses.js';
import { counterOf, directiveOf, rhetoricalOf, type Move } from './moves.js';
import { scoreWords, type ScoredWord } from './polarity.js';
import { targetOf } from './target.js';

export interface ReadContext {
  source: string;
  locate: Locator;
  rules: CompiledRules;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const FLIP_ROLE = { negation: 'negates', effect: 'reverses', intensifier: 'intensifies' } as const;

/** Evidence for tokens [from, to) of a sentence's run. */
function span(sentence: Sentence, from: number, to: number, rule: string, role: Evidence['role'], context: ReadContext): Evidence {
  const { starts, ends } = sentence.tokens;
  return evidenceAt(context.source, context.locate, starts[from]!, ends[to - 1]!, rule, role);
}

function wordSteps(sentence: Sentence, words: readonly ScoredWord[], context: ReadContext): Pick<ReadingStep, 'words' | 'flips'> {
  return {
    words: words.map((w) => ({ evidence: span(sentence, w.from, w.to, w.rule, w.score >= 0 ? 'supports' : 'opposes', context), base: round(w.base), score: round(w.score) })),
    flips: words.flatMap((w) => w.flips.map((f) => span(sentence, f.from, f.to, f.rule, FLIP_ROLE[f.kind], context))),
  };
}

/** A clause's polarity, weighed by what it is about: the problem the proposal addresses counts the proposal's way. */
function readClause(clause: Clause, proposal: ProposalModel, policy: StancePolicy & { rule: string }, context: ReadContext): ReadingStep | undefined {
  const { rules } = context;
  const target = targetOf(clause, proposal, rules);
  const exclude = proposal.objectIds;
  const scored = scoreWords(clause.sentence.tokens, clause.from, clause.to, rules, exclude);
  if (scored.words.length === 0) return undefined;
  const cap = policy.clauseCap;
  const polarity = Math.max(-cap, Math.min(cap, scored.total));
  const way = target.about === 'problem' || target.about === 'other' ? proposal.sign : 1;
  const turn = clause.conceded ? policy.conceded : clause.contrasted ? policy.contrast : 1;
  const contribution = polarity * policy.about[target.about] * way * turn;
  if (contribution === 0) return undefined;
  const { sentence } = clause;
  return {
    evidence: span(sentence, clause.from, clause.to, policy.rule, contribution > 0 ? 'supports' : 'opposes', context),
    about: target.about,
    why: target.why,
    cue: target.cue ? span(sentence, target.cue.from, target.cue.to, target.cue.rule, 'targets', context) : null,
    move: 'polarity',
    ...wordSteps(sentence, scored.words, context),
    contribution: round(contribution),
  };
}

function moveStep(sentence: Sentence, move: Move, weight: number, context: ReadContext): ReadingStep {
  const contribution = move.sign * weight;
  const evidence = span(sentence, sentence.from, sentence.to, move.rule, contribution > 0 ? 'supports' : 'opposes', context);
  return {
    evidence,
    about: 'proposal',
    why: move.kind === 'directive' ? 'mention' : 'none',
    cue: span(sentence, move.from, move.to, move.rule, 'targets', context),
    move: move.kind,
    words: [],
    flips: move.negator ? [span(sentence, move.negator.from, move.negator.to, move.negator.rule, 'negates', context)] : [],
    contribution: round(contribution),
  };
}

/** The steps of one sentence: each clause's polarity and directive, then a counter-proposal or a rhetorical question. */
function readSentence(sentence: Sentence, proposal: ProposalModel, policy: StancePolicy & { rule: string }, context: ReadContext): ReadingStep[] {
  const { rules } = context;
  const rhetorical = rhetoricalOf(sentence, rules);
  const steps: ReadingStep[] = [];
  for (const clause of splitClauses(sentence, rules)) {
    const step = readClause(clause, proposal, policy, context);
    if (step) steps.push(step);
    const directive = directiveOf(clause, proposal, rules);
    // A rhetorical question asks the opposite of its call: `Why should zoos be kept?`
    if (directive) steps.push(moveStep(sentence, rhetorical ? { ...directive, sign: -directive.sign as 1 | -1 } : directive, policy.directive, context));
  }
  const counter = counterOf(sentence, proposal, rules);
  if (counter) steps.push(moveStep(sentence, counter, policy.counter, context));
  if (rhetorical && steps.length === 0) steps.push(moveStep(sentence, rhetorical, policy.rhetorical, context));
  return steps;
}

/**
 * Reads a position from an answer's argument (LABELS.md, when an answer to a position question states no
 * position): the sum of its steps for and against the proposal. Both sides of similar weight is `neutral`
 * (rule 3); too little either way, the tagger abstains.
 */
export function readArgument(sentences: readonly Sentence[], proposal: ProposalModel, context: ReadContext): Stance | undefined {
  const policy = context.rules.argument.policy;
  if (!policy) return undefined;
  const steps = sentences.flatMap((s) => readSentence(s, proposal, policy, context));
  if (steps.length === 0) return undefined;
  const pro = steps.reduce((t, s) => t + Math.max(0, s.contribution), 0);
  const con = steps.reduce((t, s) => t - Math.min(0, s.contribution), 0);
  const sum = pro - con;
  const threshold = round(policy.threshold + policy.lengthThreshold * (sentences.length - 1));
  // A long answer has dozens of steps: the report shows the strongest, in the answer's order; the sums count all.
  const shown = steps.length <= policy.maxSteps ? steps : strongestSteps(steps, policy.maxSteps);
  const reading: Reading = { steps: shown, omitted: steps.length - shown.length, sum: round(sum), for: round(pro), against: round(con), threshold, policy: policy.rule };
  const share = Math.max(pro, con) / (pro + con);
  const decisive = [...steps].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.evidence.offset[0] - b.evidence.offset[0]);
  if (Math.abs(sum) <= threshold || share < policy.balance) {
    const evidence = decisive.slice(0, 2).map((s) => ({ ...s.evidence, role: 'decides' as const }));
    // Both sides carrying weight is a balanced answer (rule 3); less than that is too little to go on, said as such.
    const both = pro >= policy.sideWeight && con >= policy.sideWeight;
    const [code, confidence] = both ? (['argument-balanced', policy.balancedConfidence] as const) : (['argument-too-little', policy.abstainConfidence] as const);
    return stanceOf('neutral', 'inferred', confidence, code, evidence, reading);
  }
  const label = sum > 0 ? 'agree' : 'disagree';
  const strength = Math.min(1, Math.abs(sum) / policy.confidentSum) * (2 * share - 1);
  // An argument that never names the proposal, its object or its action may be about something else
  // (LABELS.md, rule 4): its label is a guess to check, at the lowest confidence.
  const named = steps.some((s) => s.about !== 'other');
  const confidence = named ? round(policy.confidenceMin + (policy.confidenceMax - policy.confidenceMin) * strength) : policy.confidenceMin;
  const best = decisive.find((s) => Math.sign(s.contribution) === Math.sign(sum))!;
  return stanceOf(label, 'inferred', confidence, REASONS[best.move === 'polarity' ? best.about : best.move], [{ ...best.evidence, role: 'decides' }], reading);
}

function strongestSteps(steps: readonly ReadingStep[], n: number): ReadingStep[] {
  const order = new Map(steps.map((s, i) => [s, i]));
  return [...steps]
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || order.get(a)! - order.get(b)!)
    .slice(0, n)
    .sort((a, b) => order.get(a)! - order.get(b)!);
}

const REASONS: Record<ReadingStep['about'] | Exclude<ReadingStep['move'], 'polarity'>, StanceReason> = {
  proposal: 'argument-proposal',
  consequence: 'argument-consequence',
  problem: 'argument-problem',
  other: 'argument-other',
  directive: 'argument-directive',
  counter: 'argument-counter',
  rhetorical: 'argument-rhetorical',
};
