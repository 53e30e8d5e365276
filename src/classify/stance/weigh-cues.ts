import type { Evidence, Stance } from '../../model/schema.js';
import type { StanceReason } from '../../model/stance-reasons.js';
import type { CompiledRules } from '../../rules/compile.js';
import { POLICY_DEFAULTS } from '../../rules/stance-defaults.js';
import type { ScoredCue } from '../cues.js';
import { evidenceAt } from '../evidence.js';
import { stanceOf, type StanceContext, type StanceInput } from './input.js';

/** The stance policy of the rules, or its defaults where a rules file has replaced it with none. */
export function policyOf(rules: CompiledRules): typeof POLICY_DEFAULTS {
  return rules.argument.policy ?? POLICY_DEFAULTS;
}

/** The codes a weighing of cues reports: stated positions, or every cue judged as a whole. */
export interface WeighCodes {
  support: StanceReason;
  opposition: StanceReason;
  balanced: StanceReason;
  reservations: StanceReason;
  /** Support too light to be a position; null where the weighing then has nothing to say. */
  inPassing: StanceReason;
}

function cueEvidence(cue: ScoredCue, context: StanceContext, role: Evidence['role']): Evidence[] {
  const { source, locate } = context;
  const { starts, ends } = cue.sentence.tokens;
  const span = (from: number, to: number, rule: string, r: Evidence['role']): Evidence => evidenceAt(source, locate, starts[from]!, ends[to - 1]!, rule, r);
  const out = [evidenceAt(source, locate, cue.sentence.start, cue.sentence.end, cue.cue.payload.rule, role)];
  out.push(span(cue.cue.from, cue.cue.to, cue.cue.payload.rule, cue.label === 'agree' ? 'supports' : 'opposes'));
  if (cue.negator) out.push(span(cue.negator.from, cue.negator.to, cue.negator.payload.rule, 'negates'));
  if (cue.contrast) out.push(span(cue.contrast.from, cue.contrast.to, cue.contrast.payload.rule, 'contrasts'));
  if (cue.hedge) out.push(span(cue.hedge.from, cue.hedge.to, cue.hedge.payload.rule, 'hedges'));
  return out;
}

const strongest = (cues: ScoredCue[]): ScoredCue | undefined => cues.reduce<ScoredCue | undefined>((best, c) => (!best || c.weight > best.weight ? c : best), undefined);

/**
 * Judges the answer as a whole (rule 3): the weight of support against the weight of opposition and
 * reservation. Responses state their overall position first, then qualify it; an answer to a position question
 * often states it last, as its conclusion (`... I can't support this.`): cues in the opening paragraph and in
 * the last sentence weigh `lead` times more, and an open question counts as taking a position only when the
 * answer opens with one (the codebook's open questions). Undefined when there is no cue at all.
 */
export function weighCues(scored: ScoredCue[], input: StanceInput, codes: WeighCodes): Stance | undefined {
  const { context, open, content, sentences } = input;
  const policy = policyOf(context.rules);
  const leadEnd = content[0]!.end;
  const conclusion = open ? Infinity : sentences[sentences.length - 1]!.start;
  const inLead = (c: ScoredCue): boolean => c.sentence.start < leadEnd;
  const cues = scored.map((c) => (inLead(c) || c.sentence.start >= conclusion ? { ...c, weight: c.weight * policy.lead } : c));
  const agree = cues.filter((c) => c.label === 'agree');
  const disagree = cues.filter((c) => c.label === 'disagree');
  const sum = (list: ScoredCue[]): number => list.reduce((total, c) => total + c.weight, 0);
  const pos = sum(agree);
  const neg = sum(disagree);
  // What may state a position: everything but reservations and concessions, or for an open question only the opening paragraph.
  const stated = (list: ScoredCue[]): number => sum(list.filter((c) => !c.cue.payload.reservation && !c.conceded && (!open || inLead(c))));
  const round = (x: number): number => Math.round(x * 100) / 100;
  const { statedConfidenceMin: low, statedConfidenceMax: high } = policy;
  const margin = (a: number, b: number): number => round(Math.min(high, low + ((high - low) * (a - b)) / (a + b + 1)));
  if (stated(agree) >= (open ? policy.minPositionOpen : policy.minPosition) && pos >= policy.dominance * neg) {
    return stanceOf('agree', 'inferred', margin(pos, neg), codes.support, cueEvidence(strongest(agree)!, context, 'decides'));
  }
  if (stated(disagree) >= policy.minPosition && neg >= policy.dominance * pos) {
    return stanceOf('disagree', 'inferred', margin(neg, pos), codes.opposition, cueEvidence(strongest(disagree)!, context, 'decides'));
  }
  if (pos + neg === 0) return undefined;
  const evidence = [strongest(agree), strongest(disagree)].flatMap((c) => (c ? cueEvidence(c, context, 'decides') : []));
  const code = pos > 0 && neg > 0 ? codes.balanced : neg > 0 ? codes.reservations : codes.inPassing;
  return stanceOf('neutral', 'inferred', policy.balancedConfidence, code, evidence);
}
