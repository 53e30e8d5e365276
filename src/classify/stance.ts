import type { Evidence, Stance, StanceLabel } from '../model/schema.js';
import type { CompiledRules } from '../rules/compile.js';
import type { RawSegment } from '../segment/segment.js';
import { contentBlocks, findClosedAnswer } from './closed-answer.js';
import { scoreCues, type ScoredCue } from './cues.js';
import type { Locator } from '../read/locate.js';
import { evidenceAt } from './evidence.js';
import { TokenRun } from '../text/tokens.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { stemCache } from '../text/stem-cache.js';
import { readArgument } from './argument/read-argument.js';
import { readProposal, type ProposalModel } from './proposal.js';
import { voiceOf } from './position/voice.js';
import { posTags } from './position/pos-tags.js';
import { STATED_DEFAULTS } from '../rules/stance-defaults.js';

export interface StanceContext {
  source: string;
  locate: Locator;
  rules: CompiledRules;
}

/**
 * Neutral readings of stated cues that already judge the whole answer: support balanced by reservations
 * (rule 3), and reservations alone, which are never `disagree` (LABELS.md). The argument is not read after them.
 */
const BALANCED = new Set(['support and reservations of similar weight', 'reservations without a stated position']);

const none = (reason: string, evidence: Evidence[] = []): Stance => ({ label: 'none', source: 'none', confidence: 1, reason, evidence });

/** A rule that fired on a segment and the label it pointed to, for `csc-tag rules --stats`. */
export interface Fired {
  rule: string;
  label: StanceLabel;
}

export function classifyStance(
  segment: RawSegment,
  context: StanceContext,
  run = new TokenRun(context.source),
  proposal: ProposalModel | undefined = segment.kind === 'question' ? readProposal(segment.question ?? '', context.rules) : undefined,
): { stance: Stance; sentences: Sentence[]; fired: Fired[] } {
  const { source, locate, rules } = context;
  if (segment.kind === 'prose') return { stance: none('prose section'), sentences: splitSentences(source, segment.blocks, run), fired: [] };
  const content = contentBlocks(segment.blocks);
  const sentences = splitSentences(source, content, run);
  if (sentences.length === 0) return { stance: none('no answer'), sentences, fired: [] };
  const cross = crossReference(sentences, rules);
  if (cross) {
    const evidence = [evidenceAt(source, locate, cross.start, cross.end, cross.rule, 'decides')];
    return { stance: none('cross-reference or no answer', evidence), sentences, fired: [{ rule: cross.rule, label: 'none' }] };
  }
  const open = !(proposal?.report.asksPosition ?? false);
  const closed = findClosedAnswer(segment.blocks, content, rules, !open, run);
  if (closed) {
    const evidence = [evidenceAt(source, locate, closed.start, closed.end, closed.rule.id, 'decides')];
    const stance: Stance = { label: closed.rule.label, source: 'explicit', confidence: closed.confidence, reason: 'closed answer', evidence };
    return { stance, sentences, fired: [{ rule: closed.rule.id, label: closed.rule.label }] };
  }
  const voiced = new Set<ScoredCue>();
  const cues = scoreCues(sentences, rules).filter((c) => heard(c, proposal, rules, voiced));
  const fired = cues.map((c): Fired => ({ rule: c.cue.payload.rule, label: c.label }));
  // Responses state their overall position first, then qualify it; an answer to a position question often states
  // it last, as its conclusion (`... I can't support this.`): cues in the opening paragraph and in the last
  // sentence weigh more, and an open question counts as taking a position only when the answer opens with one
  // (rule 3 and the codebook's open questions).
  const leadEnd = content[0]!.end;
  const conclusion = open ? Infinity : sentences[sentences.length - 1]!.start;
  if (proposal && !open) {
    // A position the respondent states in their own voice decides; failing that, the argument is read
    // (LABELS.md): a judgement such as `is a useful tool` is for or against the proposal only once it is
    // known whether it judges the proposal or the thing the proposal would ban.
    const stated = inferStance(
      cues.filter((c) => spokenInOwnVoice(c, voiced)),
      leadEnd,
      conclusion,
      open,
      context,
    );
    const noSide = statedNoPosition(sentences, rules);
    if (noSide && !cues.some((c) => spokenInOwnVoice(c, voiced) && c.sentence.start > noSide.start)) {
      fired.push({ rule: noSide.rule, label: 'neutral' });
      const evidence = [evidenceAt(source, locate, noSide.start, noSide.end, noSide.rule, 'decides')];
      return { stance: { label: 'neutral', source: 'inferred', confidence: policyOf(rules).noPositionConfidence, reason: 'states no position', evidence }, sentences, fired };
    }
    if (stated.label !== 'neutral' || BALANCED.has(stated.reason)) return { stance: stated, sentences, fired };
    const read = readArgument(sentences, proposal, context);
    if (read) return { stance: read, sentences, fired };
  }
  return { stance: inferStance(cues, leadEnd, conclusion, open, context), sentences, fired };
}

/** The first sentence in which the respondent says they take no side (`no strong feelings either way`), with its rule. */
function statedNoPosition(sentences: readonly Sentence[], rules: CompiledRules): { rule: string; start: number; end: number } | undefined {
  for (const sentence of sentences) {
    const match = rules.cues.findAll(sentence.tokens, sentence.from, sentence.to).find((m) => m.payload.label === 'neutral');
    if (match) return { rule: match.payload.rule, start: sentence.start, end: sentence.end };
  }
  return undefined;
}

/**
 * Whether a cue is heard at all. A position word (`support`, `against`) counts only in the respondent's voice
 * (see voice.ts); any cue in a relative clause (`the families we support`) says nothing about the proposal.
 */
function heard(cue: ScoredCue, proposal: ProposalModel | undefined, rules: CompiledRules, voiced: Set<ScoredCue>): boolean {
  const { payload } = cue.cue;
  if (!payload.statement && !payload.personal) return true;
  const reading = voiceOf(cue.sentence, cue.cue.from, cue.cue.to, payload.personal, proposal, rules);
  if (reading.voice === 'relative') return false;
  if (!payload.statement) return true;
  // One bare word used as a noun is no position (`Support for carers is vital`).
  if (cue.cue.to - cue.cue.from === 1 && NOMINAL.has(posTags(cue.sentence)[cue.cue.from - cue.sentence.from]!)) return false;
  if (reading.voice === 'other') return false;
  voiced.add(cue);
  return true;
}

const NOMINAL = new Set(['NOUN', 'PROPN']);

const FIRST_PERSON = new Set(['we', 'i'].map((w) => stemCache.stemId(w)));

/** How close before a cue `we` or `I` must stand to be its subject (`We are not convinced`). */
const SUBJECT_REACH = 3;

/**
 * A cue the respondent states in their own voice: its phrase opens with `we` or `I`, or one is its subject,
 * or it is a reservation (`it is unclear`), which is always the respondent's own, or a position word read in their voice.
 */
function spokenInOwnVoice(cue: ScoredCue, voiced: ReadonlySet<ScoredCue>): boolean {
  if (cue.cue.payload.reservation || voiced.has(cue)) return true;
  const { tokens, from } = cue.sentence;
  for (let i = Math.max(from, cue.cue.from - SUBJECT_REACH); i < cue.cue.from; i++) if (FIRST_PERSON.has(tokens.ids[i]!)) return true;
  return cue.cue.payload.personal;
}

/** A short answer that is wholly a cross-reference or a non-answer ("See our answer to question 3."), with its span. */
function crossReference(sentences: readonly Sentence[], rules: CompiledRules): { rule: string; start: number; end: number } | undefined {
  // Only a short answer can be a cross-reference.
  if (sentences.length > 3 || sentences.reduce((n, s) => n + s.to - s.from, 0) > 24) return undefined;
  const first = sentences[0]!;
  const last = sentences[sentences.length - 1]!;
  // Web-form lines between the sentences put other words between them in the document's run: read the sentences alone.
  const adjacent = sentences.every((s, i) => i === 0 || sentences[i - 1]!.to === s.from);
  const run = adjacent ? first.tokens : new TokenRun(sentences.map((s) => s.tokens.text.slice(s.start, s.end)).join(' '));
  const [from, to] = adjacent ? [first.from, last.to] : [0, run.length];
  const match = rules.noAnswer.matchHere(run, from, to);
  if (!match || match.to !== to) return undefined;
  const source = first.tokens;
  return { rule: match.payload, start: source.starts[first.from]!, end: source.ends[last.to - 1]! };
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

/** Judges the answer as a whole (rule 3): the weight of support against the weight of opposition and reservation. */
/** The stance policy of the rules, or its defaults where a rules file has replaced it with none. */
function policyOf(rules: CompiledRules): typeof STATED_DEFAULTS {
  return rules.argument.policy ?? STATED_DEFAULTS;
}

function inferStance(scored: ScoredCue[], leadEnd: number, conclusion: number, open: boolean, context: StanceContext): Stance {
  const { lead: LEAD, minPosition, minPositionOpen, dominance: DOMINANCE, balancedConfidence } = policyOf(context.rules);
  const inLead = (c: ScoredCue): boolean => c.sentence.start < leadEnd;
  const cues = scored.map((c) => (inLead(c) || c.sentence.start >= conclusion ? { ...c, weight: c.weight * LEAD } : c));
  const agree = cues.filter((c) => c.label === 'agree');
  const disagree = cues.filter((c) => c.label === 'disagree');
  const sum = (list: ScoredCue[]): number => list.reduce((total, c) => total + c.weight, 0);
  const pos = sum(agree);
  const neg = sum(disagree);
  // What may state a position: everything, or for an open question only the opening paragraph.
  const stated = (list: ScoredCue[]): number => sum(list.filter((c) => !c.cue.payload.reservation && (!open || inLead(c))));
  const round = (x: number): number => Math.round(x * 100) / 100;
  const margin = (a: number, b: number): number => round(Math.min(0.95, 0.55 + (0.4 * (a - b)) / (a + b + 1)));
  if (stated(agree) >= (open ? minPositionOpen : minPosition) && pos >= DOMINANCE * neg) {
    return { label: 'agree', source: 'inferred', confidence: margin(pos, neg), reason: 'support outweighs reservations', evidence: cueEvidence(strongest(agree)!, context, 'decides') };
  }
  if (stated(disagree) >= minPosition && neg >= DOMINANCE * pos) {
    return { label: 'disagree', source: 'inferred', confidence: margin(neg, pos), reason: 'opposition outweighs support', evidence: cueEvidence(strongest(disagree)!, context, 'decides') };
  }
  if (pos + neg > 0) {
    const evidence = [strongest(agree), strongest(disagree)].flatMap((c) => (c ? cueEvidence(c, context, 'decides') : []));
    const reason = pos > 0 && neg > 0 ? 'support and reservations of similar weight' : neg > 0 ? 'reservations without a stated position' : 'support only in passing';
    return { label: 'neutral', source: 'inferred', confidence: balancedConfidence, reason, evidence };
  }
  return { label: 'neutral', source: 'inferred', confidence: open ? 0.6 : 0.4, reason: open ? 'open question answered without a position' : 'no position stated', evidence: [] };
}
