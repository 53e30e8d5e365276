import { describe, expect, it } from 'vitest';
import { tagText } from '../../../src/pipeline/tag-text.js';
import { rules } from './read.js';

const REGISTER = 'Question 1: Do you agree with the proposal to introduce a register of children not in school?';
const LIMIT_MOVES = 'Question 1: Do you agree that we should limit placement moves for children in care?';
const FUND_HUBS = 'Question 1: Do you agree that councils should fund family hubs?';
const OPEN = 'Question 1: What more can be done to support kinship carers?';

/** The first question's stance as data: label, source, reason, the deciding rule, and whether the argument was read. */
async function decided(question: string, answer: string) {
  const doc = await tagText(`${question}\n\n${answer}\n\nQuestion 2: Do you have any other comments?\n\nNo.\n`, { rules });
  const { stance } = doc.segments.find((s) => s.kind === 'question')!;
  const deciding = stance.evidence.find((e) => e.role === 'decides');
  return { label: stance.label, source: stance.source, reason: stance.reason, rule: deciding?.rule ?? null, read: stance.reading !== undefined };
}

describe('classifyStance: the deciders, in order', () => {
  it.each([
    // 1. No answer.
    { name: 'no answer text', question: REGISTER, answer: '', label: 'none', source: 'none', reason: 'no answer', rule: null, read: false },
    {
      name: 'a cross-reference is no answer',
      question: REGISTER,
      answer: 'See our answer to question 3.',
      label: 'none',
      source: 'none',
      reason: 'cross-reference or no answer',
      rule: 'stance.none.cross-reference',
      read: false,
    },
    // 2. An explicit closed answer wins over the argument after it (rule 1).
    {
      name: 'closed disagree before an argument for',
      question: REGISTER,
      answer: 'Disagree.\n\nA register would help schools keep children safe.',
      label: 'disagree',
      source: 'explicit',
      reason: 'closed answer',
      rule: 'stance.closed.disagree',
      read: false,
    },
    // 3. A position stated in the respondent's own voice wins over the reading.
    {
      name: 'a stated position before an argument the other way',
      question: LIMIT_MOVES,
      answer: 'We do not support this. Too many children are moved from placement to placement.',
      label: 'disagree',
      source: 'inferred',
      reason: 'opposition outweighs support',
      rule: 'stance.cue.support',
      read: false,
    },
    // 4. The reading of the argument.
    {
      name: 'a bad consequence of the proposal',
      question: REGISTER,
      answer: 'A register would just add another layer of bureaucracy.',
      label: 'disagree',
      source: 'inferred',
      reason: 'names a consequence of the proposal',
      rule: 'stance.policy',
      read: true,
    },
    {
      name: 'a call for the proposal’s action',
      question: REGISTER,
      answer: 'A register should be introduced without delay.',
      label: 'agree',
      source: 'inferred',
      reason: 'calls for an action on the proposal',
      rule: 'proposal.action.introduce',
      read: true,
    },
    {
      name: 'the problem the proposal addresses, as a real problem',
      question: LIMIT_MOVES,
      answer: 'Too many children are moved from placement to placement.',
      label: 'agree',
      source: 'inferred',
      reason: 'describes the problem the proposal addresses',
      rule: 'stance.policy',
      read: true,
    },
    {
      name: 'an imperative against it',
      question: REGISTER,
      answer: 'Scrap it.',
      label: 'disagree',
      source: 'inferred',
      reason: 'calls for an action on the proposal',
      rule: 'proposal.action.abolish',
      read: true,
    },
    {
      name: 'a rhetorical question',
      question: FUND_HUBS,
      answer: 'Why should councils pay for this when central government won’t?',
      label: 'disagree',
      source: 'inferred',
      reason: 'asks a rhetorical question against it',
      rule: 'stance.marker.rhetorical',
      read: true,
    },
    // LABELS.md: `Placement moves are rarely a problem.` denies the problem, so it is against.
    {
      name: 'the problem denied',
      question: LIMIT_MOVES,
      answer: 'Placement moves are rarely a problem.',
      label: 'disagree',
      source: 'inferred',
      reason: 'describes the problem the proposal addresses',
      rule: 'stance.policy',
      read: true,
    },
    // LABELS.md: `This must not go ahead.` rejects the proposal's action.
    {
      name: 'must not go ahead',
      question: REGISTER,
      answer: 'This must not go ahead.',
      label: 'disagree',
      source: 'inferred',
      reason: 'calls for an action on the proposal',
      rule: expect.any(String),
      read: true,
    },
    // A gerund subject is not an imperative: the answer calls limiting moves unnecessary.
    {
      name: 'the proposal’s action judged',
      question: LIMIT_MOVES,
      answer: 'Limiting moves is unnecessary.',
      label: 'disagree',
      source: 'inferred',
      reason: 'judges the proposal',
      rule: 'stance.policy',
      read: true,
    },
    // A negated imperative calls for the opposite: do not scrap the register.
    {
      name: 'a negated imperative',
      question: REGISTER,
      answer: 'Do not scrap it.',
      label: 'agree',
      source: 'inferred',
      reason: 'calls for an action on the proposal',
      rule: 'proposal.action.abolish',
      read: true,
    },
    // `no need for` the proposal rejects it; which rule reads it is the rules' choice.
    { name: 'no need for it', question: REGISTER, answer: 'There is no need for a register.', label: 'disagree', source: 'inferred', reason: expect.any(String), rule: expect.any(String), read: true },
    // 5. Nothing to read: the tagger abstains.
    { name: 'facts only', question: REGISTER, answer: 'Our council has four family hubs.', label: 'neutral', source: 'inferred', reason: 'no position stated', rule: null, read: false },
    // An open question is never read for a position (LABELS.md, which questions ask for a position).
    {
      name: 'an argument answering an open question',
      question: OPEN,
      answer: 'Kinship carers should get the same allowance as foster carers.',
      label: 'neutral',
      source: 'inferred',
      reason: 'open question answered without a position',
      rule: null,
      read: false,
    },
  ])('$name', async ({ question, answer, label, source, reason, rule, read }) => {
    expect(await decided(question, answer)).toEqual({ label, source, reason, rule, read });
  });

  // LABELS.md rule 4: criticism of something other than the proposal does not make the stance disagree. An
  // argument that never names the proposal, its action or its object may be such criticism, or may argue the
  // proposal's way of things in other words (`children should be free to live with their families`): it is
  // never a confident label, so it is marked for review (confidence below 0.6) rather than taken as read.
  it.each([
    { answer: 'Family help should not be introduced.', question: LIMIT_MOVES },
    { answer: 'Family hubs are badly run in our area.', question: REGISTER },
  ])('an argument that names nothing of the proposal is at most a guess for review: $answer', async ({ question, answer }) => {
    const doc = await tagText(`${question}\n\n${answer}\n`, { rules });
    const { stance } = doc.segments.find((s) => s.kind === 'question')!;
    expect(stance.label === 'neutral' || stance.confidence < 0.6).toBe(true);
  });

  it('a counter-proposal is not for the proposal', async () => {
    const { label, read } = await decided(REGISTER, 'Better training, rather than a new register, is what is needed.');
    expect({ read, agree: label === 'agree' }).toEqual({ read: true, agree: false });
  });
});
