import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvDocumentRows, csvHeader, formatCsv } from '../../src/report/csv.js';
import { neutraliseCell } from '../../src/report/escape-csv.js';
import { withExplanation } from '../../src/questions/quote.js';
import { groupIndex } from '../../src/report/segment-row.js';
import type { Segment } from '../../src/model/schema.js';
import { documentReport, evidence, HOSTILE, makeReport, segment, themeTag } from './make-report.js';
import { inlineMembers } from '../../src/questions/group-members.js';

const HEADER = [
  'file',
  'id',
  'key',
  'kind',
  'number',
  'question',
  'stance',
  'source',
  'confidence',
  'theme_funding',
  'theme_workforce',
  'quote',
  'quote_line',
  'question_group',
  'respondent',
  'stance_reason',
  'answer',
  'review_stance',
  'review_themes',
  'review_note',
];

function readBack(csv: string): string[][] {
  return parse(csv, { bom: true, record_delimiter: '\r\n' });
}

/** One document per hostile string, used as file name, number, question and quote. */
function hostileReport() {
  return makeReport({
    themes: ['funding', 'workforce'],
    documents: HOSTILE.map((text, i) =>
      documentReport({
        file: text,
        segments: [
          segment({
            id: 's1',
            number: text,
            question: text,
            stance: { label: 'agree', source: 'explicit', confidence: 0.875, code: 'closed-answer', reason: 'closed answer', evidence: [evidence(text, { line: i + 1, role: 'decides' })] },
            themes: [themeTag('funding', 1)],
          }),
        ],
      }),
    ),
  });
}

describe('formatCsv', () => {
  it('starts with a BOM and the header row', () => {
    const csv = formatCsv(hostileReport());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.startsWith(`\uFEFF${HEADER.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each(HOSTILE.map((text, i) => ({ text, i })))('round-trips hostile cell $text', ({ text, i }) => {
    const report = hostileReport();
    const row = readBack(formatCsv(report))[i + 1];
    const cell = neutraliseCell(text);
    const group = report.questions.find((g) => g.members.some((m) => m.file === text))!.id;
    // An explicit answer's quote is its closed answer (and the explanation after it, none here).
    expect(row).toEqual([cell, 's1', 'k-s1', 'question', cell, cell, 'agree', 'explicit', '0.88', '1', '0', cell, String(i + 1), group, '', 'closed answer', '', '', '', '']);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('no cell starts with %j', (start) => {
    for (const cell of readBack(formatCsv(hostileReport())).flat()) expect(cell.startsWith(start)).toBe(false);
  });

  it('is the header followed by each document’s rows', () => {
    const report = hostileReport();
    const groups = groupIndex(report.questions, inlineMembers(report.questions));
    const pieces = csvHeader(report.themes) + report.documents.map((d) => csvDocumentRows(d, report.themes, groups)).join('');
    expect(formatCsv(report)).toBe(pieces);
  });

  it('is identical across calls and copies', () => {
    const report = hostileReport();
    expect(formatCsv(report)).toBe(formatCsv(report));
    expect(formatCsv(structuredClone(report))).toBe(formatCsv(report));
  });

  it('gives a header only for a report without documents', () => {
    expect(readBack(formatCsv(makeReport({ themes: ['funding', 'workforce'] })))).toEqual([HEADER]);
  });
});

describe('the quote of an explicit answer', () => {
  it.each([
    ['Agree. We welcome the focus on kinship care. But funding is short.', 'Agree', 'Agree. We welcome the focus on kinship care.'],
    ['Strongly disagree\n\nThe plan “will not work”. It costs too much.', 'Strongly disagree', 'Strongly disagree — The plan “will not work”.'],
    ['Yes, we support this. Information sharing is poor.', 'Yes', 'Yes, we support this.'],
    ['Neutral.', 'Neutral', 'Neutral.'],
    ['Agree - because\nit helps families', 'Agree', 'Agree - because it helps families'],
    ['Yes\tWe support it', 'Yes', 'Yes — We support it'],
    ['Agree.\n\nWe support it.', 'Agree.', 'Agree. We support it.'],
  ])('%j gives %j', (answer, closed, expected) => {
    expect(withExplanation(answer, closed)).toBe(expected);
  });

  it('is the closed answer and its explanation’s first sentence in segments.csv, not the closed answer alone', () => {
    const answer = 'Agree.\n\nWe welcome the proposal, which is overdue. Funding matters.';
    const doc = documentReport({
      file: 'q.txt',
      segments: [
        segment({
          id: 's1',
          answer,
          stance: { label: 'agree', source: 'explicit', confidence: 1, code: 'closed-answer', reason: 'closed answer', evidence: [evidence('Agree', { line: 3, role: 'decides' })] },
        }),
      ],
    });
    expect(readBack(csvDocumentRows(doc, []))[0]![9]).toBe('Agree. We welcome the proposal, which is overdue.');
  });
});

describe('csvDocumentRows', () => {
  const decides = evidence('Yes', { line: 3, role: 'decides' });
  const negates = evidence('not', { line: 4, role: 'negates' });
  const money = evidence('money', { line: 7 });
  const staff = evidence('staff', { line: 9 });

  it.each<{ name: string; fields: Partial<Segment>; expected: string[] }>([
    {
      name: 'question with a deciding cue',
      fields: {
        number: '12a',
        question: 'Do you agree?',
        stance: { label: 'disagree', source: 'inferred', confidence: 0.5, code: 'stated-opposition', reason: 'negated cue', evidence: [negates, decides] },
        themes: [themeTag('workforce', 2, [staff])],
      },
      expected: ['q.txt', 's1', 'k-s1', 'question', '12a', 'Do you agree?', 'disagree', 'inferred', '0.50', '0', '1', 'Yes', '3', '', '', 'negated cue', '', '', '', ''],
    },
    {
      name: 'no deciding cue: first theme evidence',
      fields: { themes: [themeTag('funding', 1, [money]), themeTag('workforce', 3, [staff])] },
      expected: ['q.txt', 's1', 'k-s1', 'question', '', '', 'none', 'none', '0.00', '1', '1', 'money', '7', '', '', 'no cue', '', '', '', ''],
    },
    {
      name: 'prose segment without evidence',
      fields: { kind: 'prose', heading: 'Background' },
      expected: ['q.txt', 's1', 'k-s1', 'prose', '', '', 'none', 'none', '0.00', '0', '0', '', '', '', '', 'no cue', '', '', '', ''],
    },
  ])('$name', ({ fields, expected }) => {
    const doc = documentReport({ file: 'q.txt', segments: [segment({ id: 's1', ...fields })] });
    expect(readBack(csvDocumentRows(doc, ['funding', 'workforce']))).toEqual([expected]);
  });
});
