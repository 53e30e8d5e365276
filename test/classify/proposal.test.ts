import { describe, expect, it } from 'vitest';
import { readProposal } from '../../src/classify/proposal.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';

const rules = loadCompiledRules();
const FRAME = 'stance.position.frame';

describe('readProposal: the question model', () => {
  it.each([
    {
      name: 'do you agree that we should, with an action and its object after it',
      question: 'Do you agree that we should limit placement moves for children in care?',
      model: { asksPosition: true, frame: FRAME, action: 'limit', direction: 'restrict', object: 'placement moves for children in care' },
      sign: -1,
    },
    {
      name: 'actions compose: fighting for an abolition restricts',
      question: 'Do you agree that we should fight for the abolition of unregistered children’s homes?',
      model: { asksPosition: true, frame: FRAME, action: 'fight for the abolition', direction: 'restrict', object: 'unregistered children’s homes' },
      sign: -1,
    },
    {
      name: 'a passive: the object stands before the action',
      question: 'Should unregistered children’s homes be banned?',
      model: { asksPosition: true, frame: FRAME, action: 'banned', direction: 'restrict', object: 'unregistered children’s homes' },
      sign: -1,
    },
    {
      name: 'what are your views on, with a promoting action',
      question: 'What are your views on introducing a register of children not in school?',
      model: { asksPosition: true, frame: FRAME, action: 'introducing', direction: 'promote', object: 'register of children not in school' },
      sign: 1,
    },
    {
      name: 'to what extent do you support extending',
      question: 'To what extent do you support extending family help to every council?',
      model: { asksPosition: true, frame: FRAME, action: 'extending', direction: 'promote', object: 'family help to every council' },
      sign: 1,
    },
    {
      name: 'frames in a row: the second frame is not part of the object',
      question: 'To what extent do you agree that social worker caseloads should be capped?',
      model: { asksPosition: true, frame: FRAME, action: 'capped', direction: 'restrict', object: 'social worker caseloads' },
      sign: -1,
    },
    {
      name: 'keeping something is promoting it',
      question: 'Do you agree that councils should keep the kinship allowance?',
      model: { asksPosition: true, frame: FRAME, action: 'keep', direction: 'promote', object: 'kinship allowance' },
      sign: 1,
    },
    {
      name: 'a claim with no action, good words: agreeing promotes it',
      question: 'Do you agree that kinship care is better for children than residential care?',
      model: { asksPosition: true, frame: FRAME, action: null, direction: 'promote' },
      sign: 1,
    },
    {
      name: 'a claim with no action, bad words: agreeing holds its subject back',
      question: 'Do you agree that frequent placement moves are harmful to children?',
      model: { asksPosition: true, frame: FRAME, action: null, direction: 'restrict' },
      sign: -1,
    },
    {
      name: 'what more can be done is open',
      question: 'What more can be done to support kinship carers?',
      model: { asksPosition: false },
    },
    {
      name: 'how can we is open, even with an action in it',
      question: 'How can we reduce social worker caseloads?',
      model: { asksPosition: false, action: 'reduce', direction: 'restrict' },
    },
    {
      name: 'a request to describe is open',
      question: 'Please describe how your council recruits foster carers.',
      model: { asksPosition: false },
    },
    {
      name: 'an open wh-question about who should act',
      question: 'Who should assess whether a family can receive the kinship allowance?',
      model: { asksPosition: false },
    },
    {
      name: 'an open wh-question about what a framework should expect',
      question: 'What should the national framework expect of foster care agencies?',
      model: { asksPosition: false },
    },
  ])('$name', ({ question, model, sign }) => {
    const proposal = readProposal(question, rules);
    expect(proposal.report).toMatchObject(model);
    if (sign !== undefined) expect(proposal.sign).toBe(sign);
  });

  it('names the object by stems, so that other forms of its words are found', () => {
    const { report } = readProposal('Should placement moves be limited?', rules);
    expect(report.terms).toEqual(['placement', 'move']);
  });
});
