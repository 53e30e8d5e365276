import { buildReport } from '../../src/totals/run-totals.js';
import { Report } from '../../src/model/schema.js';
import type { DocumentReport, Evidence, Segment, Skipped, ThemeTag, QuestionGroup } from '../../src/model/schema.js';

/**
 * Small, schema-valid reports for the formatter tests. Positions are made up
 * (no source text is involved), but every object passes `Report.parse`, so a
 * formatter never sees a shape the pipeline could not produce.
 */

/** Strings a response or a file name could carry to break Markdown, HTML, a table or a spreadsheet. */
export const HOSTILE: readonly string[] = [
  'a | b || c',
  'line one\nline two\r\nline three',
  'use `code` and ``` fences',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![i](http://x.example/t.png)',
  'https://evil.example/path',
  'visit www.evil.example now',
  'ping @someone and a@b.example',
  '**bold** _em_ ~~gone~~',
  '# not a heading #',
  '- not a list',
  '1. not a list',
  '> not a quote',
  '\\| escaped already \\',
  '&lt;entity&gt; &amp;',
  '=HYPERLINK("http://x","y")',
  '+1, "quoted", comma',
  '@SUM(A1:A2)',
  '\tTabbed',
  '\rReturn',
];

export function evidence(text: string, at: { line?: number; start?: number; role?: Evidence['role']; rule?: string } = {}): Evidence {
  const start = at.start ?? 0;
  return {
    text,
    rule: at.rule ?? 'test.rule',
    line: at.line ?? 1,
    column: 1,
    offset: [start, start + text.length],
    role: at.role ?? 'theme',
  };
}

export function themeTag(theme: string, score: number, quotes: Evidence[] = []): ThemeTag {
  return { theme, score, evidence: quotes };
}

export function segment(fields: Partial<Segment> & { id: string }): Segment {
  const point = { line: 1, column: 1, offset: 0 };
  return {
    key: `k-${fields.id}`,
    kind: 'question',
    number: null,
    question: null,
    heading: null,
    answer: '',
    position: { start: point, end: point },
    proposal: null,
    stance: { label: 'none', source: 'none', confidence: 0, code: 'no-position', reason: 'no cue', evidence: [] },
    themes: [],
    ...fields,
  };
}

export function documentReport(fields: Partial<DocumentReport> & { file: string }): DocumentReport {
  return { title: '', respondent: { id: fields.file, attributes: {} }, encoding: 'utf-8', bytes: 0, warnings: [], segments: [], ...fields };
}

/** A validated report whose summary is counted from its documents and whose questions are aligned from them. */
export function makeReport(parts: { themes?: string[]; documents?: DocumentReport[]; skipped?: Skipped[]; questions?: QuestionGroup[] } = {}): Report {
  const report = buildReport(parts.documents ?? [], parts.skipped ?? [], { generator: { name: 'csc-tag', version: '0.1.0' }, themes: parts.themes ?? [] });
  return Report.parse({ ...report, ...(parts.questions ? { questions: parts.questions } : {}) });
}
