import { describe, expect, it } from 'vitest';
import { formatJson, JSON_SEPARATOR, jsonDocument, jsonHead, jsonTail } from '../../src/report/json.js';
import { Report } from '../../src/model/schema.js';
import { reportFor } from '../helpers/corpus.js';

describe('report.json, streamed in pieces', () => {
  it('joins to exactly JSON.stringify(report, null, 2) plus a newline', async () => {
    const report = await reportFor(['seeds']);
    expect(formatJson(report)).toBe(JSON.stringify(report, null, 2) + '\n');
  });

  it('holds for an empty run too', () => {
    const report: Report = {
      schemaVersion: 1,
      generator: { name: 'csc-tag', version: '0' },
      themes: [],
      documents: [],
      questions: [],
      unmatchedQuestions: [],
      skipped: [{ file: 'a.txt', code: 'binary', reason: 'binary file' }],
      ignored: { files: ['b.csv'], byExtension: { '.csv': 1 } },
      summary: { documents: 0, skipped: 1, segments: 0, questions: 0, stance: {}, themes: {}, themeByStance: {} },
    };
    const streamed = jsonHead(report) + jsonTail(0, report);
    expect(streamed).toBe(JSON.stringify(report, null, 2) + '\n');
  });

  it('renders a document the same wherever it sits, and joins documents with a comma', () => {
    const doc = { file: 'a', title: '', respondent: { id: 'a', attributes: {} }, encoding: 'utf-8', bytes: 0, warnings: [], segments: [] };
    expect(jsonDocument(doc)).toMatch(/^\n {4}\{/);
    expect(JSON_SEPARATOR).toBe(',');
    const report = {
      schemaVersion: 1 as const,
      generator: { name: 'csc-tag' as const, version: '0' },
      themes: [],
      documents: [doc, { ...doc, file: 'b' }],
      questions: [],
      unmatchedQuestions: [],
      skipped: [],
      ignored: { files: [], byExtension: {} },
      summary: { documents: 2, skipped: 0, segments: 0, questions: 0, stance: {}, themes: {}, themeByStance: {} },
    };
    expect(formatJson(report)).toBe(JSON.stringify(report, null, 2) + '\n');
  });

  it('validates against the report schema', async () => {
    const json = formatJson(await reportFor(['seeds', 'fixtures/genre']));
    expect(() => Report.parse(JSON.parse(json))).not.toThrow();
  });
});
