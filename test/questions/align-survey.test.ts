import { describe, expect, it } from 'vitest';
import { QuestionAligner } from '../../src/questions/align.js';
import type { DocumentDigest } from '../../src/model/digest.js';
import type { StanceLabel } from '../../src/model/schema.js';

/** A survey row's digest: one segment per [number, question, column, stance]. */
function row(n: number, attributes: Record<string, string>, answers: [string, string, string, StanceLabel][]): DocumentDigest {
  return {
    file: `responses.csv#row=${n}`,
    title: `Row ${n}`,
    respondent: { attributes },
    segments: answers.map(([number, question, column, label], i) => ({
      id: `s${i + 1}`,
      kind: 'question',
      number,
      question,
      columns: [column],
      stance: { label, source: 'explicit', code: 'closed-answer', reason: 'explicit answer', evidence: [] },
      themes: [],
    })),
  };
}

describe('survey rows in question groups', () => {
  it('group by column, and break each group down by respondent attribute', () => {
    const aligner = new QuestionAligner([]);
    const q1: [string, string, string] = ['1', 'Do you agree with the proposal for foster carers?', 'C'];
    const q2: [string, string, string] = ['2', 'Do you agree with the proposal for kinship carers?', 'D'];
    aligner.addDocument(
      row(2, { Type: 'Organisation' }, [
        [...q1, 'agree'],
        [...q2, 'disagree'],
      ]),
    );
    aligner.addDocument(
      row(3, { Type: 'Individual' }, [
        [...q1, 'disagree'],
        [...q2, 'disagree'],
      ]),
    );
    aligner.addDocument(
      row(4, { Type: 'Individual', Region: 'London' }, [
        [...q1, 'disagree'],
        [...q2, 'none'],
      ]),
    );
    const { questions } = aligner.result();
    expect(questions.map((q) => [q.number, q.respondents, q.stance])).toEqual([
      ['1', 3, { agree: 1, neutral: 0, disagree: 2, none: 0 }],
      ['2', 3, { agree: 0, neutral: 0, disagree: 2, none: 1 }],
    ]);
    expect(questions[0]!.byAttribute).toEqual({
      Region: { London: { agree: 0, neutral: 0, disagree: 1, none: 0 } },
      Type: { Individual: { agree: 0, neutral: 0, disagree: 2, none: 0 }, Organisation: { agree: 1, neutral: 0, disagree: 0, none: 0 } },
    });
    // Keys in code-unit order, whatever order the rows came in.
    expect(Object.keys(questions[0]!.byAttribute)).toEqual(['Region', 'Type']);
    aligner.close();
  });

  it('a group of documents without respondents has an empty breakdown', () => {
    const aligner = new QuestionAligner([]);
    aligner.addDocument({
      file: 'a.txt',
      title: 'A',
      respondent: {},
      segments: [
        {
          id: 's1',
          kind: 'question',
          number: '1',
          question: 'Do you agree?',
          stance: { label: 'agree', source: 'explicit', code: 'closed-answer', reason: 'explicit answer', evidence: [] },
          themes: [],
        },
      ],
    });
    expect(aligner.result().questions[0]!.byAttribute).toEqual({});
    aligner.close();
  });
});
