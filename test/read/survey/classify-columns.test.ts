import { describe, expect, it } from 'vitest';
import { applyColumnMap, classifyColumns, columnLetter, parseColumnMap, type TableRow } from '../../../src/read/survey/index.js';
import { headerNumber, isSecondHeaderRow } from '../../../src/read/survey/headers.js';
import { loadCompiledRules } from '../../../src/pipeline/load-rules.js';

const rules = loadCompiledRules();
const isClosedForm = (text: string): boolean => rules.closedWordings.find(text) !== undefined;
const columnRules = rules.surveyColumns;
const row = (n: number, ...cells: string[]): TableRow => ({ row: n, cells });

describe('survey columns', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
  });

  it('takes question numbers from headers', () => {
    expect(headerNumber('Q1 - Do you agree?')).toEqual({ number: '1', rest: 'Do you agree?' });
    expect(headerNumber('Question 3a: What else?').number).toBe('3a');
    expect(headerNumber('Prop 1 Q8 Do you agree?').number).toBe('Prop 1 Q8');
    expect(headerNumber('12. How useful?').number).toBe('12');
    expect(headerNumber('Region').number).toBeNull();
  });

  it('tells a second header row of questions from a first data row', () => {
    const ids = row(1, 'ID', 'Q1', 'Q2');
    expect(isSecondHeaderRow(ids, row(2, 'r-01', 'Agree', 'Because it helps.'))).toBe(false);
    expect(isSecondHeaderRow(ids, row(2, 'Response ID', 'Do you agree?', 'Why?'))).toBe(true);
    expect(isSecondHeaderRow(ids, row(2, 'Response ID', 'Do you agree?', 'What else should we consider?'))).toBe(true);
    expect(isSecondHeaderRow(row(1, 'ID', 'Q1 - Do you agree?', 'Q2 - What else?'), row(2, '1', 'Agree', 'Nothing'))).toBe(false);
  });

  it('classifies id, name, attribute, closed, open and explanation columns, and pairs the explanation with its closed column', () => {
    const header = row(1, 'Respondent ID', 'Name', 'Respondent type', 'Q1 - Do you agree?', 'Q2 - Is it clear?', 'Q1 - Please explain your answer', 'Q3 - What else?', 'Email address');
    const sample = [
      row(2, '1', 'Ann', 'Individual', 'Agree', 'Yes', 'It helps.', 'More funding.', 'a@example.com'),
      row(3, '2', 'Bo', 'Organisation', 'Disagree', 'No', 'It does not.', 'Fewer forms, please, and more time.', 'b@example.com'),
      row(4, '3', 'Cy', 'Individual', 'Strongly agree', 'Yes', '', '', ''),
    ];
    const columns = classifyColumns({ header, sample, isClosedForm, columnRules });
    expect(columns.map((c) => c.kind)).toEqual(['id', 'name', 'attribute', 'closed', 'closed', 'explanation', 'open', 'email']);
    // By its number, not by position: Q2 stands between Q1 and Q1's explanation.
    expect(columns[5]!.explains).toBe(3);
    expect(columns.map((c) => c.number)).toEqual([null, null, null, '1', '2', '1', '3', null]);
  });

  it('tells a question about the respondent from a question about the proposal, both answered Yes or No', () => {
    const header = row(1, 'Are you a foster carer?', 'Are you in favour of the proposal?');
    const sample = [row(2, 'Yes', 'No'), row(3, 'No', 'Yes'), row(4, 'Yes', 'Yes')];
    expect(classifyColumns({ header, sample, isClosedForm, columnRules }).map((c) => c.kind)).toEqual(['attribute', 'closed']);
  });

  it('types columns by their answers whatever the header: codes, dates, e-mails, URLs, postcodes, numbers', () => {
    const header = row(1, 'Case', 'When', 'Contact', 'Link', 'Where', 'Children', 'Notes');
    const sample = [
      row(2, 'R0001', '04/03/2025 09:12', 'a@example.org', 'https://example.org/a', 'NE1 4ST', '2', 'We would like more support for kinship carers in our area.'),
      row(3, 'R0002', '5 March 2025', 'b@example.net', 'www.example.org/b', 'SW1A 1AA', '3', 'Caseloads are far too high for the social workers we have.'),
      row(4, 'R0003', '2025-03-06T08:55:00Z', 'c@example.com', '<a href="https://example.org/c">c</a>', 'LS2 9JT', '1', 'Nothing to add beyond our earlier letter to the department.'),
    ];
    const columns = classifyColumns({ header, sample, isClosedForm, columnRules });
    expect(columns.map((c) => c.kind)).toEqual(['id', 'date', 'email', 'url', 'postcode', 'number', 'open']);
    expect(columns[0]!.why).toMatch(/^unique codes: R0001/);
    expect(columns[6]!.why).toMatch(/^free text/);
  });

  it('takes a scale of any kind for a closed question, and pairs its explanation', () => {
    const header = row(1, 'How important is early help?', 'Please explain', 'Q2 On a scale of 1-5, how useful is the guidance?', 'Why?');
    const sample = [row(2, 'High', 'It keeps families together.', '4', 'Clear.'), row(3, 'Low', 'We have it already.', '2', 'Too long.'), row(4, 'Medium', '', '5', '')];
    const columns = classifyColumns({ header, sample, isClosedForm, columnRules });
    expect(columns.map((c) => c.kind)).toEqual(['closed', 'explanation', 'closed', 'explanation']);
    expect(columns.map((c) => c.explains)).toEqual([null, 0, null, 2]);
  });

  it('takes a Yes/No about the respondent or the response for an attribute, and a Yes/No to a proposal for a closed question', () => {
    const header = row(1, 'Are you happy for your response to be published?', 'May we contact you about this consultation?', 'Would you recommend this approach?');
    const sample = [row(2, 'Yes', 'No', 'Yes'), row(3, 'No', 'Yes', 'No'), row(4, 'Yes', 'Yes', 'Yes')];
    const columns = classifyColumns({ header, sample, isClosedForm, columnRules });
    expect(columns.map((c) => c.kind)).toEqual(['attribute', 'attribute', 'closed']);
    expect(columns[0]!.why).toMatch(/about the respondent or the response.*survey\.columns/);
  });

  it('takes short text under a header that asks nothing (names, search terms) for no answer', () => {
    const header = row(1, 'Requested by', 'Search term', 'Comments');
    const sample = [
      row(2, 'Jane Smith', 'fostering', 'The new duty should come with money for councils to deliver it.'),
      row(3, 'Tom Brown', 'agree', 'We support the aim but the timetable is far too short.'),
      row(4, 'Priya Patel', 'kinship', 'More training for foster carers, please.'),
    ];
    expect(classifyColumns({ header, sample, isClosedForm, columnRules }).map((c) => c.kind)).toEqual(['ignore', 'ignore', 'open']);
  });

  it('takes short answers under a header that names comments for free text all the same', () => {
    const header = row(1, 'Comments', 'Your response');
    const sample = [row(2, 'Good idea', 'Fine'), row(3, 'Too slow', 'Not sure'), row(4, 'Needs funding', 'More staff')];
    expect(classifyColumns({ header, sample, isClosedForm, columnRules }).map((c) => c.kind)).toEqual(['open', 'open']);
  });

  it('takes a follow-up with no closed question before it for an open question', () => {
    const columns = classifyColumns({ header: row(1, 'Why do you say that?'), sample: [row(2, 'Because.')], isClosedForm, columnRules });
    expect(columns[0]!.kind).toBe('open');
  });

  it('checks a --columns map, naming the key path of what is wrong', () => {
    expect(parseColumnMap('{"columns": {"C": "clsed"}}')).toEqual({ ok: false, message: expect.stringMatching(/^columns\.C\.kind: expected one of id, name, attribute, closed/) });
    expect(parseColumnMap('{"columns": {"D": {"kind": "explanation", "explain": "C"}}}')).toEqual({ ok: false, message: expect.stringMatching(/^columns\.D: /) });
    expect(parseColumnMap('{"headerRows": 3, "columns": {}}')).toEqual({ ok: false, message: expect.stringMatching(/^headerRows: /) });
    expect(parseColumnMap('{"columns": ')).toEqual({ ok: false, message: expect.stringMatching(/^not valid JSON/) });
  });

  it('applies a map by letter or header, and reports keys that name no column', () => {
    const header = row(1, 'Q1 - Do you agree?', 'Comments', 'Region');
    const detected = classifyColumns({ header, sample: [row(2, 'Agree', 'Fine.', 'North')], isClosedForm, columnRules });
    const parsed = parseColumnMap('{"columns": {"B": {"kind": "explanation", "explains": "Q1 - Do you agree?"}, "Region": "ignore", "Z": "open"}}');
    if (!parsed.ok) throw new Error(parsed.message);
    const { columns, unknown } = applyColumnMap(detected, parsed.map);
    expect(columns.map((c) => c.kind)).toEqual(['closed', 'explanation', 'ignore']);
    expect(columns[1]!.explains).toBe(0);
    expect(unknown).toEqual(['Z']);
  });
});
