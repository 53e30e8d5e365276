import type { CompiledRules } from '../../rules/compile.js';
import { READING_OBJECT } from '../../rules/reading-steps.js';
import type { PhraseMatch } from '../../text/phrase-set.js';
import type { ProposalModel } from '../proposal.js';
import type { Clause } from './clauses.js';

/** A whole sentence of at most this many words is an exclamation that judges what it answers. */
const EXCLAMATION = 2;

export type About = 'proposal' | 'consequence' | 'problem' | 'other';
export type Why = 'mention' | 'anaphor' | 'modality' | 'none';

export interface Target {
  about: About;
  why: Why;
  /** The tokens that showed it: the action or object named, the word referring back, the modal. */
  cue?: { from: number; to: number; rule: string };
}

/** The first token of [from, to) that is one of the proposal's object words. */
export function objectMention(clause: Clause, proposal: ProposalModel, from = clause.from, to = clause.to): number {
  const { ids } = clause.sentence.tokens;
  for (let i = from; i < to; i++) if (proposal.objectIds.has(ids[i]!)) return i;
  return -1;
}

/** A match of the proposal's own action (`ban`, `banning`, `the prohibition`) in the clause. */
export function actionMention(clause: Clause, proposal: ProposalModel, rules: CompiledRules): PhraseMatch<{ rule: string }> | undefined {
  if (!proposal.actionRule) return undefined;
  return rules.argument.actions.findAll(clause.sentence.tokens, clause.from, clause.to).find((a) => a.payload.rule === proposal.actionRule);
}

/**
 * What a clause is about (issue: clause targeting). The proposal itself, when it names the proposal's
 * action or refers back to it (`this proposal`, `such a ban`); a consequence of it, when it says what would
 * happen (`would`, `lead to`) without naming the object as it is; the problem the proposal addresses, when
 * it names the object as things are now (`whaling kills`); otherwise something else.
 */
export function targetOf(clause: Clause, proposal: ProposalModel, rules: CompiledRules): Target {
  const action = actionMention(clause, proposal, rules);
  if (action) return { about: 'proposal', why: 'mention', cue: { from: action.from, to: action.to, rule: action.payload.rule } };
  // A sentence of a word or two (`Ridiculous.`, `Madness.`, `Excellent idea.`) judges what it answers: the proposal.
  const { sentence } = clause;
  if (sentence.to - sentence.from <= EXCLAMATION && clause.from === sentence.from && clause.to === sentence.to) return { about: 'proposal', why: 'anaphor' };
  const markers = rules.argument.markers.findAll(clause.sentence.tokens, clause.from, clause.to);
  const consequence = markers.find((m) => m.payload.role === 'consequence');
  const reference = markers.find((m) => m.payload.role === 'reference');
  const pronoun = markers.find((m) => m.payload.role === 'pronoun');
  const object = objectMention(clause, proposal);
  if (reference && consequence) return { about: 'proposal', why: 'anaphor', cue: { from: reference.from, to: reference.to, rule: reference.payload.rule } };
  // What a proposal brings in, said with `would`, is its consequence (`a register would add bureaucracy`); what
  // it holds back is the problem, now or to come (`whaling will wipe out the whales`).
  if (object >= 0 && consequence && proposal.sign === 1) return { about: 'consequence', why: 'modality', cue: { from: consequence.from, to: consequence.to, rule: consequence.payload.rule } };
  if (object >= 0) return { about: 'problem', why: 'mention', cue: { from: object, to: object + 1, rule: READING_OBJECT } };
  // `It would add another layer of bureaucracy`: what `it` would do is the proposal's consequence (LABELS.md).
  if (pronoun && consequence && consequence.from > pronoun.from) return { about: 'consequence', why: 'modality', cue: { from: consequence.from, to: consequence.to, rule: consequence.payload.rule } };
  // `It is cruel`, asked about banning it: a bare pronoun refers to the thing the question names.
  if (pronoun) return { about: 'problem', why: 'anaphor', cue: { from: pronoun.from, to: pronoun.to, rule: pronoun.payload.rule } };
  if (consequence) return { about: 'consequence', why: 'modality', cue: { from: consequence.from, to: consequence.to, rule: consequence.payload.rule } };
  return { about: 'other', why: 'none' };
}
