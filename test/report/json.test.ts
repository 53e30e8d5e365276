import { describe, expect, it } from 'vitest';
import { formatJson, JSON_SEPARATOR, jsonDocument, jsonHead, jsonTail } from '../../src/report/json.js';
import { Report } from '../../src/model/schema.js';
import { reportFor } from '../helpers/corpus.js';
import { inlineMembers } from '../../src/questions/group-members.js';

/** The same values with the same key order: compact stringifying compares both. */
const sameReport = (text: string, report: Report): void => expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(report));

const empty: Report = {
  schemaVersion: 1,
  generator: { name: 'csc-tag', version: '0' },
  themes: [],
  documents: [],
  questions: [],
  unmatchedQuestions: [],
  campaigns: [],
  prose: { sections: 0, themes: [] },
  skipped: [],
  ignored: { files: [], byExtension: {} },
  summary: { documents: 0, skipped: 0, segments: 0, questions: 0, stance: {}, themes: {}, themeByStance: {} },
};

describe('report.json, streamed in pieces', () => {
  it('parses to the report, keys in the same order', async () => {
    const report = await reportFor(['seeds']);
    sameReport(formatJson(report), report);
  });

  it('puts each document, question member and skipped or ignored file on a line of its own', async () => {
    const report = await reportFor(['seeds', 'fixtures/genre']);
    report.skipped = [{ file: 'a.txt', code: 'binary', reason: 'binary file' }];
    report.ignored = { files: ['b.csv', 'c.csv'], byExtension: { '.csv': 2 } };
    const lines = new Set(formatJson(report).split('\n'));
    const line = (v: unknown): boolean => lines.has(JSON.stringify(v)) || lines.has(JSON.stringify(v) + ',');
    for (const doc of report.documents) expect(line(doc), doc.file).toBe(true);
    for (const member of report.questions.flatMap((q) => q.members)) expect(line(member), member.id).toBe(true);
    expect(line(report.skipped[0])).toBe(true);
    expect(['b.csv', 'c.csv'].every(line)).toBe(true);
  });

  it('changes one line when one document changes, so committed reports diff line by line', async () => {
    const report = await reportFor(['seeds']);
    const before = formatJson(report).split('\n');
    report.documents[1]!.title = 'A changed title';
    const after = formatJson(report).split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.filter((l, i) => l !== before[i])).toHaveLength(1);
  });

  it('holds for an empty run too', () => {
    const report: Report = { ...empty, skipped: [{ file: 'a.txt', code: 'binary', reason: 'binary file' }], ignored: { files: ['b.csv'], byExtension: { '.csv': 1 } } };
    const streamed = jsonHead(report) + jsonTail(0, report, inlineMembers(report.questions));
    sameReport(streamed, report);
    expect(streamed).toBe(formatJson(report));
    expect(streamed.endsWith('}\n')).toBe(true);
  });

  it('renders a document the same wherever it sits, and joins documents with a comma', () => {
    const doc = { file: 'a', title: '', respondent: { id: 'a', attributes: {} }, encoding: 'utf-8', bytes: 0, warnings: [], segments: [] };
    expect(jsonDocument(doc)).toBe('\n' + JSON.stringify(doc));
    expect(JSON_SEPARATOR).toBe(',');
    const report = { ...empty, documents: [doc, { ...doc, file: 'b' }] };
    sameReport(formatJson(report), report);
  });

  it('validates against the report schema', async () => {
    const json = formatJson(await reportFor(['seeds', 'fixtures/genre']));
    expect(() => Report.parse(JSON.parse(json))).not.toThrow();
  });
});
