import { describe, expect, it } from 'vitest';
import { readProposal } from '../../src/classify/proposal.js';
import { proposalLine } from '../../src/questions/proposal-line.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';

const rules = loadCompiledRules();

describe('proposalLine: the question model as `csc-tag questions` prints it', () => {
  it.each([
    {
      question: 'Do you agree that we should limit placement moves for children in care?',
      line: 'proposal: asks a position; action "limit" (restrict); object "placement moves for children in care"',
    },
    {
      question: 'Should unregistered children’s homes be banned?',
      line: 'proposal: asks a position; action "banned" (restrict); object "unregistered children’s homes"',
    },
    {
      question: 'Do you agree that frequent placement moves are harmful to children?',
      line: 'proposal: asks a position; no action (a claim, restrict); object "frequent placement moves are harmful to children"',
    },
    { question: 'What more can be done to support kinship carers?', line: expect.stringMatching(/^proposal: asks no position \(open\); /) },
  ])('$question', ({ question, line }) => {
    expect(proposalLine(readProposal(question, rules).report)).toEqual(line);
  });

  it('says when there is no object', () => {
    expect(proposalLine({ asksPosition: false, frame: null, action: null, direction: 'promote', object: '', terms: [] })).toBe(
      'proposal: asks no position (open); no action (a claim, promote); no object',
    );
  });
});
