import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { QuestionAligner } from '../../src/questions/align.js';
import { wholeGroup } from '../../src/questions/group-members.js';
import { parseQuestionList } from '../../src/questions/list.js';
import { questionStems, similarity } from '../../src/questions/similarity.js';
import type { DocumentReport, QuestionGroup, UnmatchedQuestion } from '../../src/model/schema.js';
import { tagText } from '../../src/pipeline/tag-text.js';
import { reportFor, ROOT } from '../helpers/corpus.js';

const OFSTED = 'seeds/000_b113cb0048a6bf2d.txt';
const LGA = 'seeds/001_1cf6566048b1270c.txt';
const FRAMEWORK = 'seeds/002_05f1eb8c62313258.txt';

/**
 * Checked by hand against the documents: the Ofsted response numbers its
 * Stable Homes questions 7-10, 14, 15, 17, 18 and 21-31, and the LGA response
 * answers the same nineteen questions, unnumbered, in the same order.
 */
const SHARED_NUMBERS = ['7', '8', '9', '10', '14', '15', '17', '18', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31'];

function align(docs: DocumentReport[], list?: string): { questions: QuestionGroup[]; unmatchedQuestions: UnmatchedQuestion[] } {
  const aligner = new QuestionAligner(['funding', 'kinship', 'multi-agency', 'workforce'], list ? parseQuestionList(list) : undefined);
  for (const doc of docs) aligner.addDocument(doc);
  const { questions, unmatchedQuestions } = aligner.result();
  return { questions: questions.map((q) => wholeGroup(q, aligner.members(q.id))), unmatchedQuestions };
}

let docs: DocumentReport[];
beforeAll(async () => {
  docs = (await reportFor(['seeds'])).documents;
});

describe('question alignment on the seeds', () => {
  it('puts every question the Ofsted and LGA Stable Homes responses share in one group with both members', () => {
    const { questions } = align(docs);
    const lgaQuestions = docs.find((d) => d.file === LGA)!.segments.filter((s) => s.kind === 'question');
    expect(lgaQuestions).toHaveLength(SHARED_NUMBERS.length);
    const pairs = questions
      .filter((g) => g.members.some((m) => m.file === OFSTED))
      .map((g) => g.members.map((m) => (m.file === OFSTED ? `ofsted ${m.number}` : m.file === LGA ? `lga ${m.id}` : m.file)));
    expect(pairs).toEqual(SHARED_NUMBERS.map((n, i) => [`ofsted ${n}`, `lga ${lgaQuestions[i]!.id}`]));
  });

  it('never mixes questions from different consultations', () => {
    const { questions } = align(docs);
    for (const group of questions) {
      const files = new Set(group.members.map((m) => m.file));
      expect(files.has(FRAMEWORK) && (files.has(OFSTED) || files.has(LGA)), `${group.id}: ${group.text}`).toBe(false);
    }
  });

  it('counts stance and themes per group, the canonical text being the longest member question', () => {
    const { questions } = align(docs);
    const q1 = questions[0]!;
    expect(q1).toMatchObject({ id: 'q1', respondents: 2, answered: 2, stance: { agree: 2, neutral: 0, disagree: 0, none: 0 } });
    expect(q1.text).toBe([...q1.members].sort((a, b) => b.question.length - a.question.length)[0]!.question);
    expect(q1.themes['multi-agency']).toBe(2);
  });

  it('matches every segment to a consultation question list first, and reports the unmatched', () => {
    const list = fs.readFileSync(path.join(ROOT, 'fixtures/questions/stable-homes-questions.txt'), 'utf8');
    const { questions, unmatchedQuestions } = align(docs, list);
    expect(questions.map((g) => [g.id, g.number, g.listed, g.members.map((m) => m.file).sort()])).toEqual(SHARED_NUMBERS.map((n, i) => [`q${i + 1}`, n, true, [OFSTED, LGA]]));
    // The list's own wording is kept as the group's text.
    expect(questions[0]!.text).toBe("Overall, to what extent do you agree that the six pillars are the right ones on which to base reform of children's social care?");
    expect(new Set(unmatchedQuestions.map((u) => u.file))).toEqual(new Set([FRAMEWORK]));
    expect(unmatchedQuestions).toHaveLength(docs.find((d) => d.file === FRAMEWORK)!.segments.filter((s) => s.kind === 'question').length);
  });
});

describe('question groups are plain data', () => {
  it('gives counts that outlive close, and the members only through its reader, read afresh each time', () => {
    const aligner = new QuestionAligner(['funding', 'kinship', 'multi-agency', 'workforce']);
    for (const doc of docs) aligner.addDocument(doc);
    const { questions } = aligner.result();
    const chunks = aligner.members(questions[0]!.id);
    expect([...chunks].flat()).toEqual([...chunks].flat());
    const members = questions.map((q) => [...aligner.members(q.id)].flat());
    aligner.close();
    expect(members.map((m) => m.length)).toEqual(questions.map((q) => q.respondents));
    expect(JSON.parse(JSON.stringify(questions))).toEqual(questions);
    for (const group of questions) {
      expect('members' in group).toBe(false);
      for (const key of Object.keys(group)) expect(Object.getOwnPropertyDescriptor(group, key)!.get, `${group.id}.${key}`).toBeUndefined();
    }
    expect(() => [...aligner.members(questions[0]!.id)]).toThrow(/after the run closed/);
  });
});

describe('question numbers are a hint, never proof', () => {
  it('keeps two different "Question 7"s apart', async () => {
    const a = await tagText('Question 7: Do you agree that kinship carers should receive a national allowance?\n\nAgree.\n', { file: 'a.txt' });
    const b = await tagText('Question 7: How often should dashboard data be published?\n\nQuarterly.\n', { file: 'b.txt' });
    expect(align([a, b]).questions.map((g) => g.respondents)).toEqual([1, 1]);
  });

  it('pairs identical sub-questions by their number (12a with 12a, not 13a)', async () => {
    const doc = (file: string): Promise<DocumentReport> =>
      tagText(
        [
          'Question 12. Outcome 1',
          'a. Are there any other ways leaders should work towards this outcome?',
          'More training.',
          'Question 13. Outcome 2',
          'a. Are there any other ways leaders should work towards this outcome?',
          'Better data.',
        ].join('\n\n') + '\n',
        { file },
      );
    const { questions } = align([await doc('a.txt'), await doc('b.txt')]);
    const byNumber = questions.filter((g) => g.number === '12a' || g.number === '13a').map((g) => [g.number, g.members.map((m) => `${m.file} ${m.number}`)]);
    expect(byNumber).toEqual([
      ['12a', ['a.txt 12a', 'b.txt 12a']],
      ['13a', ['a.txt 13a', 'b.txt 13a']],
    ]);
  });

  it('gives a document at most one member per group', async () => {
    const doc = await tagText('Q1. Do you agree with the plan?\n\nYes.\n\nQ2. Do you agree with the plan?\n\nNo.\n', { file: 'a.txt' });
    expect(align([doc]).questions.map((g) => g.members.length)).toEqual([1, 1]);
  });
});

describe('similarity and question lists', () => {
  it.each([
    ['a rewording', 'Overall, to what extent do you agree these 6 pillars are the right ones?', 'Overall, to what extent do you agree the six proposed pillars are the right ones?', true],
    ['a partial quote', 'What support is needed to set up and make a success of Regional Care Cooperatives?', 'support needed to set up and make a success of Regional Care Cooperatives', true],
    ['different questions with the same opening', 'To what extent do you agree that the National Framework is clear?', 'To what extent do you agree that the missions are the right ones?', false],
  ])('%s', (_name, a, b, same) => {
    expect(similarity(questionStems(a), questionStems(b)) >= 0.7).toBe(same);
  });

  it('reads numbered and unnumbered lines, skipping blanks and comments', () => {
    expect(parseQuestionList('# Stable Homes\n7. First?\nQ8: Second?\nQuestion 12a) Third?\n\nFourth without a number?\n')).toEqual([
      { number: '7', text: 'First?' },
      { number: '8', text: 'Second?' },
      { number: '12a', text: 'Third?' },
      { number: null, text: 'Fourth without a number?' },
    ]);
  });
});
