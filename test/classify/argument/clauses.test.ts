import { describe, expect, it } from 'vitest';
import { clausesOf, wordsAt } from './read.js';

describe('splitClauses', () => {
  it.each([
    { name: 'one clause', answer: 'Kinship carers do a great job.', clauses: [['Kinship carers do a great job', '']] },
    {
      name: 'but turns the argument',
      answer: 'We know the families well, but the caseloads are too high.',
      clauses: [
        ['We know the families well', ''],
        ['but the caseloads are too high', 'contrasted'],
      ],
    },
    { name: 'however opening a sentence', answer: 'However the register would be costly.', clauses: [['However the register would be costly', 'contrasted']] },
    {
      name: 'although concedes, and the comma ends the concession',
      answer: 'Although the aim is good, the register would be costly.',
      clauses: [
        ['Although the aim is good', 'conceded'],
        ['the register would be costly', ''],
      ],
    },
    {
      name: 'because opens a clause of its own',
      answer: 'Carers struggle because the allowance is low.',
      clauses: [
        ['Carers struggle', ''],
        ['because the allowance is low', ''],
      ],
    },
    {
      name: 'a semicolon',
      answer: 'Stable homes matter; every move sets a child back.',
      clauses: [
        ['Stable homes matter', ''],
        ['every move sets a child back', ''],
      ],
    },
    { name: 'a question', answer: 'Why should councils pay for this?', clauses: [['Why should councils pay for this', 'question']] },
  ])('$name', ({ answer, clauses }) => {
    const got = clausesOf(answer).map((c) => [wordsAt(c.sentence, c.from, c.to), [c.conceded && 'conceded', c.contrasted && 'contrasted', c.question && 'question'].filter(Boolean).join(',')]);
    expect(got).toEqual(clauses);
  });
});
