import type { CompiledRules } from '../../rules/compile.js';
import type { ProposalModel } from '../proposal.js';
import type { Sentence } from '../../text/sentences.js';
import type { Clause } from './clauses.js';
import { actionMention, objectMention } from './target.js';

/** An argumentative move that is not a polarity word: a call for an action, a counter-proposal, a rhetorical question. */
export interface Move {
  kind: 'directive' | 'counter' | 'rhetorical';
  /** +1 for the proposal, -1 against it, before the policy's weight. */
  sign: 1 | -1;
  from: number;
  to: number;
  rule: string;
  /** The negator that flipped a directive (`must not go ahead`). */
  negator?: { from: number; to: number; rule: string };
}

const IMPERATIVE_LENGTH = 4;

/**
 * A call for an action on the proposal's object: a modal before an action (`should be banned`, `must not be
 * allowed`), or an imperative (`Scrap it.`). For the proposal when the action goes its way, against when it
 * goes the other way (`zoos should be kept`, asked about abolishing zoos); a negator between flips it. The
 * call must be about the proposal: its own action, its object, or a word referring back to it.
 */
export function directiveOf(clause: Clause, proposal: ProposalModel, rules: CompiledRules): Move | undefined {
  const { tokens } = clause.sentence;
  const { argument } = rules;
  const actions = argument.actions.findAll(tokens, clause.from, clause.to);
  if (actions.length === 0) return undefined;
  const markers = argument.markers.findAll(tokens, clause.from, clause.to);
  const modal = markers.find((m) => m.payload.role === 'directive' && m.to <= actions[actions.length - 1]!.from);
  const sentence = clause.sentence;
  // `Scrap it.`, `Do not scrap it.`: a short sentence that opens with the action, or with a negator and the
  // action; not `Limiting moves is unnecessary`, whose action is a gerund subject.
  const lead = rules.negators.findAll(tokens, clause.from, Math.min(clause.to, clause.from + 2)).find((n) => n.to <= actions[0]!.from);
  const opensWith = actions[0]!.from === (lead ? lead.to : clause.from);
  const gerund = /ing$/i.test(tokens.text.slice(tokens.starts[actions[0]!.from]!, tokens.ends[actions[0]!.from]!));
  const imperative = !modal && clause.from === sentence.from && opensWith && !gerund && sentence.to - sentence.from <= IMPERATIVE_LENGTH + (lead ? 2 : 0);
  if (!modal && !imperative) return undefined;
  const action = modal ? actions.find((a) => a.from >= modal.to)! : actions[0]!;
  const ownAction = action.payload.rule === proposal.actionRule;
  const aboutIt = ownAction || objectMention(clause, proposal) >= 0 || markers.some((m) => m.payload.role === 'reference' || m.payload.role === 'pronoun') || imperative;
  if (!aboutIt) return undefined;
  // `No one should be forced to`, `we can't force`: a negator anywhere before the action flips the call.
  const negator = rules.negators.findAll(tokens, clause.from, action.from)[0];
  // `go ahead` is the proposal itself proceeding, whichever way it moves its object.
  const direction = action.payload.direction === 'proceed' ? proposal.sign : action.payload.direction === 'promote' ? 1 : -1;
  const sign = (direction * proposal.sign * (negator ? -1 : 1)) as 1 | -1;
  const start = modal ?? action;
  const move: Move = { kind: 'directive', sign, from: start.from, to: action.to, rule: action.payload.rule };
  if (negator) move.negator = { from: negator.from, to: negator.to, rule: negator.payload.rule };
  return move;
}

/**
 * A counter-proposal: `rather than`, `instead of` with the proposal on one side. The proposal after the
 * marker is set aside for something else (not for it); before the marker it is preferred (for it). Something
 * else put in its place without naming it (`Build council houses instead.`, `We would prefer a cost cap.`) is
 * not for it either, unless the sentence names the proposal's own action.
 */
export function counterOf(sentence: Sentence, proposal: ProposalModel, rules: CompiledRules): Move | undefined {
  const { tokens, from, to } = sentence;
  const markers = rules.argument.markers.findAll(tokens, from, to);
  const marker = markers.find((m) => m.payload.role === 'counter');
  const whole: Clause = { sentence, from, to, conceded: false, contrasted: false, question: false };
  if (!marker) {
    const alternative = markers.find((m) => m.payload.role === 'alternative');
    if (!alternative || actionMention(whole, proposal, rules) !== undefined) return undefined;
    return { kind: 'counter', sign: -1, from: alternative.from, to: alternative.to, rule: alternative.payload.rule };
  }
  const after: Clause = { ...whole, from: marker.to, to: Math.min(to, marker.to + 6) };
  const before: Clause = { ...whole, to: marker.from };
  const mentions = (c: Clause): boolean => objectMention(c, proposal) >= 0 || actionMention(c, proposal, rules) !== undefined;
  const sign = mentions(after) ? -1 : mentions(before) ? 1 : 0;
  if (sign === 0) return undefined;
  return { kind: 'counter', sign, from: marker.from, to: marker.to, rule: marker.payload.rule };
}

/** A question that argues (`Why should councils pay for this?`): against the proposal unless its words say otherwise. */
export function rhetoricalOf(sentence: Sentence, rules: CompiledRules): Move | undefined {
  const { tokens, from, to } = sentence;
  if (!tokens.text.slice(sentence.start, sentence.end).trimEnd().endsWith('?')) return undefined;
  const opener = rules.argument.markers.matchHere(tokens, from, to);
  if (!opener || opener.payload.role !== 'rhetorical') return undefined;
  return { kind: 'rhetorical', sign: -1, from: opener.from, to: opener.to, rule: opener.payload.rule };
}
