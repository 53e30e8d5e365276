import { describe, expect, it } from 'vitest';
import { targetOf } from '../../../src/classify/argument/target.js';
import { clauseOf, proposalOf, rules, wordsAt } from './read.js';

const LIMIT_MOVES = proposalOf('Do you agree that we should limit placement moves for children in care?');

describe('targetOf: what a clause is about', () => {
  it.each([
    { name: 'names the proposal’s action', answer: 'Limiting moves is the right thing to do.', about: 'proposal', why: 'mention', cue: ['Limiting', 'proposal.action.limit'] },
    {
      name: 'refers back to the proposal, saying what would follow',
      answer: 'This proposal would give children a settled home.',
      about: 'proposal',
      why: 'anaphor',
      cue: ['This proposal', 'stance.marker.reference'],
    },
    { name: 'names the object as things are now', answer: 'Too many children are moved from placement to placement.', about: 'problem', why: 'mention', cue: ['children', 'stance.reading.object'] },
    { name: 'a bare pronoun refers to what the question names', answer: 'It is cruel to keep doing this.', about: 'problem', why: 'anaphor', cue: ['It', 'stance.marker.pronoun'] },
    { name: 'says what would happen, naming nothing', answer: 'Carers would feel more confident.', about: 'consequence', why: 'modality', cue: ['would', 'stance.marker.consequence'] },
    { name: 'something else', answer: 'Social workers are stretched thin.', about: 'other', why: 'none', cue: null },
  ])('$name', ({ answer, about, why, cue }) => {
    const clause = clauseOf(answer);
    const target = targetOf(clause, LIMIT_MOVES, rules);
    expect({
      about: target.about,
      why: target.why,
      cue: target.cue ? [wordsAt(clause.sentence, target.cue.from, target.cue.to), target.cue.rule] : null,
    }).toEqual({ about, why, cue });
  });
});
