import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { tagText } from '../../src/pipeline/tag-text.js';

const SEED = 42;
const TIMEOUT = 60_000;
const rules = loadCompiledRules();

/** Questions, each with subjects that are about its proposal: its object, its action, or a word referring back. */
const QUESTIONS: [question: string, subjects: string[]][] = [
  ['Do you agree with the proposal to introduce a register of children not in school?', ['It', 'This proposal', 'The register', 'A register']],
  ['Do you agree that we should limit placement moves for children in care?', ['It', 'This proposal', 'Limiting moves', 'A limit on placement moves']],
  ['To what extent do you support extending family help to every council?', ['It', 'This change', 'Extending family help', 'Family help']],
];

/** Predicates in the genre with their negated forms: `not` after a copula or a modal, `does not` before a plain verb. */
const PREDICATES: [plain: string, negated: string][] = [
  ['is essential', 'is not essential'],
  ['is long overdue', 'is not long overdue'],
  ['is a waste of money', 'is not a waste of money'],
  ['is unnecessary', 'is not unnecessary'],
  ['should be introduced', 'should not be introduced'],
  ['should be scrapped', 'should not be scrapped'],
  ['should be limited', 'should not be limited'],
  ['would help children', 'would not help children'],
  ['would add another layer of bureaucracy', 'would not add another layer of bureaucracy'],
  ['would harm kinship carers', 'would not harm kinship carers'],
  ['keeps children safe', 'does not keep children safe'],
  ['helps foster carers', 'does not help foster carers'],
];

/** Sentences that say nothing for or against any proposal. */
const FACTS = [
  'The consultation closed in March.',
  'Our council covers three market towns.',
  'The survey had forty questions.',
  'Our team met twice in the spring.',
  'The local authority published its annual report in June.',
];

const question = fc.constantFrom(...QUESTIONS);
const sentence = (subjects: string[]) => fc.tuple(fc.constantFrom(...subjects), fc.constantFrom(...PREDICATES));
const plain = ([subject, [predicate]]: [string, [string, string]]): string => `${subject} ${predicate}.`;

async function labelOf(question: string, answer: string): Promise<string> {
  const doc = await tagText(`Question 1: ${question}\n\n${answer}\n`, { rules });
  return doc.segments.find((s) => s.kind === 'question')!.stance.label;
}

const opposite: Record<string, string> = { agree: 'disagree', disagree: 'agree' };

describe('stance read from an argument (properties)', () => {
  it(
    'an unrelated factual sentence never turns agree into disagree or back',
    async () => {
      const cases = question.chain(([text, subjects]) =>
        fc.record({
          question: fc.constant(text),
          sentences: fc.array(sentence(subjects).map(plain), { minLength: 1, maxLength: 3 }),
          fact: fc.constantFrom(...FACTS),
          at: fc.nat(),
        }),
      );
      await fc.assert(
        fc.asyncProperty(cases, async ({ question, sentences, fact, at }) => {
          const before = await labelOf(question, sentences.join(' '));
          const withFact = [...sentences];
          withFact.splice(at % (sentences.length + 1), 0, fact);
          const after = await labelOf(question, withFact.join(' '));
          expect(after).not.toBe(opposite[before]);
        }),
        { seed: SEED, numRuns: 100 },
      );
    },
    TIMEOUT,
  );

  it(
    'an answer and its negated form never get the same non-neutral label',
    async () => {
      const cases = question.chain(([text, subjects]) => fc.record({ question: fc.constant(text), sentence: sentence(subjects) }));
      await fc.assert(
        fc.asyncProperty(cases, async ({ question, sentence: [subject, [predicate, negated]] }) => {
          const label = await labelOf(question, `${subject} ${predicate}.`);
          const negatedLabel = await labelOf(question, `${subject} ${negated}.`);
          if (label === 'agree' || label === 'disagree') expect(negatedLabel, `${subject} ${predicate} / ${negated}`).not.toBe(label);
        }),
        { seed: SEED, numRuns: 100 },
      );
    },
    TIMEOUT,
  );
});
