import { describe, expect, it } from 'vitest';
import { counterOf, directiveOf, rhetoricalOf, type Move } from '../../../src/classify/argument/moves.js';
import type { Sentence } from '../../../src/text/sentences.js';
import { clauseOf, proposalOf, rules, sentenceOf, wordsAt } from './read.js';

const LIMIT_MOVES = proposalOf('Do you agree that we should limit placement moves for children in care?');
const REGISTER = proposalOf('Do you agree with the proposal to introduce a register of children not in school?');

/** A move as data: its kind, sign, the words of its cue and rule, and the negator that flipped it. */
function shown(sentence: Sentence, move: Move | undefined) {
  if (!move) return null;
  const negator = move.negator ? wordsAt(sentence, move.negator.from, move.negator.to) : null;
  return { kind: move.kind, sign: move.sign, cue: wordsAt(sentence, move.from, move.to), rule: move.rule, negator };
}

describe('directiveOf: calls for an action on the proposal', () => {
  it.each([
    {
      name: 'a modal before the proposal’s own action, passive',
      proposal: LIMIT_MOVES,
      answer: 'Placement moves should be limited.',
      move: { sign: 1, cue: 'should be limited', rule: 'proposal.action.limit', negator: null },
    },
    {
      name: 'a negator between flips it',
      proposal: LIMIT_MOVES,
      answer: 'Placement moves must not be restricted.',
      move: { sign: -1, cue: 'must not be restricted', rule: 'proposal.action.limit', negator: 'not' },
    },
    {
      name: 'the opposite action, on the object',
      proposal: REGISTER,
      answer: 'The register should be scrapped.',
      move: { sign: -1, cue: 'should be scrapped', rule: 'proposal.action.abolish', negator: null },
    },
    {
      name: 'the same way, another action on the object',
      proposal: REGISTER,
      answer: 'Councils must keep the register up to date.',
      move: { sign: 1, cue: 'must keep', rule: 'proposal.action.keep', negator: null },
    },
    { name: 'a short imperative', proposal: REGISTER, answer: 'Scrap it.', move: { sign: -1, cue: 'Scrap', rule: 'proposal.action.abolish', negator: null } },
    {
      name: 'the proposal’s own action, introduced',
      proposal: REGISTER,
      answer: 'A register should be introduced without delay.',
      move: { sign: 1, cue: 'should be introduced', rule: 'proposal.action.introduce', negator: null },
    },
    // LABELS.md lists `This must not go ahead.` as rejecting the proposal's action; which rule reads it is the rules' choice.
    {
      name: 'must not go ahead, referring back',
      proposal: REGISTER,
      answer: 'This must not go ahead.',
      move: { sign: -1, cue: expect.stringMatching(/go ahead/), rule: expect.any(String), negator: 'not' },
    },
    { name: 'an action on something the question does not name', proposal: REGISTER, answer: 'Government needs to invest in family hubs.', move: null },
    { name: 'a gerund subject is not an imperative', proposal: LIMIT_MOVES, answer: 'Limiting moves is unnecessary.', move: null },
    { name: 'a modal with no action', proposal: REGISTER, answer: 'Schools should talk to families more.', move: null },
  ])('$name', ({ proposal, answer, move }) => {
    const clause = clauseOf(answer);
    expect(shown(clause.sentence, directiveOf(clause, proposal, rules))).toEqual(move && { kind: 'directive', ...move });
  });
});

describe('counterOf: something else instead', () => {
  it.each([
    {
      name: 'the proposal set aside after the marker',
      answer: 'Better training, rather than a new register, is what is needed.',
      move: { sign: -1, cue: 'rather than', rule: 'stance.marker.counter' },
    },
    { name: 'the proposal preferred before the marker', answer: 'A register of children instead of more guidance would help.', move: { sign: 1, cue: 'instead of', rule: 'stance.marker.counter' } },
    { name: 'neither side names the proposal', answer: 'Visits in person rather than phone calls are best.', move: null },
    { name: 'no marker', answer: 'A register would help schools.', move: null },
  ])('$name', ({ answer, move }) => {
    const sentence = sentenceOf(answer);
    expect(shown(sentence, counterOf(sentence, REGISTER, rules))).toEqual(move && { kind: 'counter', ...move, negator: null });
  });
});

describe('rhetoricalOf: questions that argue', () => {
  it.each([
    { name: 'why should', answer: 'Why should councils pay for this when central government won’t?', move: { sign: -1, cue: 'Why should', rule: 'stance.marker.rhetorical' } },
    { name: 'how can', answer: 'How can social workers find the time?', move: { sign: -1, cue: 'How can', rule: 'stance.marker.rhetorical' } },
    { name: 'an opener without a question mark', answer: 'Why should councils pay for this.', move: null },
    { name: 'a question that does not open with an argument', answer: 'Is the register needed?', move: null },
  ])('$name', ({ answer, move }) => {
    const sentence = sentenceOf(answer);
    expect(shown(sentence, rhetoricalOf(sentence, rules))).toEqual(move && { kind: 'rhetorical', ...move, negator: null });
  });
});
