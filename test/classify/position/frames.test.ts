import { describe, expect, it } from 'vitest';
import { readProposal } from '../../../src/classify/proposal.js';
import { loadCompiledRules } from '../../../src/pipeline/load-rules.js';

// Questions made up in the shapes consultations put them; none is copied from a development set.
const rules = loadCompiledRules();

describe('the question model: which questions put a proposal, and what it is', () => {
  it.each([
    { question: 'How do you feel about the plan to charge for garden waste collection?', object: /garden waste collection/ },
    { question: 'What are your thoughts on moving the Saturday market to Church Street?', object: /Saturday market/ },
    { question: 'What is your opinion on the proposed closure of the swimming pool?', object: /closure of the swimming pool|swimming pool/ },
    { question: 'Do you have any comments on the proposal to merge the two depots?', object: /two depots/ },
    { question: 'How far do you agree that the toll should rise to £3?', object: /toll should rise/ },
    { question: 'To what extent do you agree or disagree that the permit fee should be paid by landlords?', object: /^permit fee should be paid by landlords$/ },
    { question: 'Proposal 3: The library will open on Sunday afternoons.', object: /library will open on Sunday afternoons/ },
    { question: 'Policy HT2: Protecting shop frontages in the town centre', object: /shop frontages/ },
    { question: 'Is it right that the park closes at dusk?', object: /^park$/ },
  ])('asks for a position: $question', ({ question, object }) => {
    const { report } = readProposal(question, rules);
    expect(report.asksPosition).toBe(true);
    expect(report.object).toMatch(object);
  });

  it.each([
    { question: 'Should disposable barbecues be banned in country parks, and what impact would this have on visitors?', object: 'disposable barbecues', direction: 'restrict' },
    { question: 'Should the late bus be scrapped? Please explain your answer.', object: 'late bus', direction: 'restrict' },
    { question: 'Do you agree with the proposal to close the ticket office?', object: 'ticket office', direction: 'restrict' },
  ])('two questions in one, and the passive: $question', ({ question, object, direction }) => {
    const { report } = readProposal(question, rules);
    expect(report).toMatchObject({ asksPosition: true, object, direction });
  });

  it.each(['How can we recruit more volunteer drivers?', 'What more could the council do to keep the library open?', 'Please describe how you travel to work.'])(
    'asks for information, not a position: %s',
    (question) => {
      expect(readProposal(question, rules).report.asksPosition).toBe(false);
    },
  );
});
