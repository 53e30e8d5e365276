import { describe, expect, it } from 'vitest';
import { formatMarkdown, markdownDocument, markdownHead } from '../../src/report/markdown.js';
import type { Report, Segment } from '../../src/model/schema.js';
import { QuestionAligner } from '../../src/questions/align.js';
import { documentReport, evidence, HOSTILE, makeReport, segment, themeTag } from './make-report.js';
import { tables, unescapedPipes } from '../helpers/markdown.js';
import { inlineMembers, wholeGroup } from '../../src/questions/group-members.js';

/**
 * A report that puts `text` everywhere a string reaches the Markdown. Each
 * document's question is its own question group (not aligned by similarity),
 * so hostile and plain reports have the same shape.
 */
function reportWith(text: (i: number) => string): Report {
  const theme = text(99);
  const documents = HOSTILE.map((_, i) =>
    documentReport({
      file: text(i),
      title: text(i),
      segments: [
        segment({ id: 's1', number: text(i), question: text(i), themes: [themeTag(theme, 1, [evidence(text(i))])] }),
        segment({ id: 's2', kind: 'prose', heading: text(i), themes: [themeTag(theme, 2, [evidence(text(i), { start: 5 })])] }),
      ],
    }),
  );
  const questions = documents.flatMap((doc, i) => {
    const aligner = new QuestionAligner([theme]);
    aligner.addDocument(doc);
    return aligner.result().questions.map((q) => wholeGroup({ ...q, id: `q${i + 1}` }, aligner.members(q.id)));
  });
  return makeReport({ themes: [theme], skipped: [{ file: text(98), code: 'binary', reason: text(97) }], documents, questions });
}

const hostile = reportWith((i) => HOSTILE[i % HOSTILE.length]!);
const plain = reportWith((i) => `plain${i}`);

describe('formatMarkdown with hostile text', () => {
  const markdown = formatMarkdown(hostile);

  it.each(tables(markdown).map((rows, t) => ({ t, rows })))('table $t keeps its column count', ({ rows }) => {
    const columns = unescapedPipes(rows[0]!);
    for (const row of rows) expect(unescapedPipes(row)).toBe(columns);
  });

  it.each([
    { name: 'raw HTML', pattern: /</ },
    { name: 'a link or image destination', pattern: /(?<!\\)\]\(/ },
    { name: 'an autolink literal', pattern: /https:\/\// },
  ])('contains no $name', ({ pattern }) => {
    expect(markdown).not.toMatch(pattern);
  });

  it('has the same line structure as plain text', () => {
    const shape = (md: string) => md.split('\n').map((line) => line.slice(0, 2));
    expect(shape(markdown)).toEqual(shape(formatMarkdown(plain)));
  });
});

describe('formatMarkdown', () => {
  it.each([
    { name: 'hostile', report: hostile },
    { name: 'plain', report: plain },
    { name: 'empty', report: makeReport() },
  ])('$name: is the head followed by each document', ({ report }) => {
    const { generator, themes, summary, skipped, questions, unmatchedQuestions } = report;
    const head = markdownHead({ generator, themes, summary, skipped, questions, unmatchedQuestions }, inlineMembers(questions));
    const documents = report.documents.map((d) => markdownDocument(d, report.themes)).join('');
    expect(formatMarkdown(report)).toBe(head + documents);
  });

  it('is identical across calls and copies', () => {
    expect(formatMarkdown(hostile)).toBe(formatMarkdown(hostile));
    expect(formatMarkdown(structuredClone(hostile))).toBe(formatMarkdown(hostile));
  });
});

describe('markdownHead', () => {
  const base = { generator: { name: 'csc-tag', version: '0.1.0' }, skipped: [] };
  const report = makeReport({
    themes: ['funding', 'workforce'],
    documents: [
      documentReport({
        file: 'a.txt',
        segments: [
          segment({ id: 's1', stance: { label: 'agree', source: 'explicit', confidence: 1, code: 'closed-answer', reason: 'closed answer', evidence: [] }, themes: [themeTag('funding', 1)] }),
          segment({ id: 's2', stance: { label: 'disagree', source: 'inferred', confidence: 0.6, code: 'judged-opposition', reason: 'cue', evidence: [] }, themes: [themeTag('funding', 1)] }),
          segment({ id: 's3', kind: 'prose' }),
        ],
      }),
    ],
  });

  it.each([
    { name: 'counts', line: '- Segments: 3\n- Questions: 2\n' },
    { name: 'stance table', line: '| stance | questions |\n| --- | --- |\n| agree | 1 |\n| neutral | 0 |\n| disagree | 1 |\n| none | 0 |\n' },
    { name: 'theme table', line: '| funding | 2 |\n| workforce | 0 |\n' },
    { name: 'theme by stance table', line: '| theme | agree | neutral | disagree | none |\n| --- | --- | --- | --- | --- |\n| funding | 1 | 0 | 1 | 0 |\n| workforce | 0 | 0 | 0 | 0 |\n' },
  ])('shows the $name', ({ line }) => {
    expect(markdownHead({ ...base, themes: report.themes, summary: report.summary }, inlineMembers([]))).toContain(line);
  });

  it.each([
    { name: 'no themes: no theme tables', themes: [], skipped: [], present: [], absent: ['### Themes'] },
    { name: 'no skipped files: no list', themes: ['funding'], skipped: [], present: ['### Themes'], absent: ['## Skipped'] },
    {
      name: 'skipped files listed',
      themes: [],
      skipped: [{ file: 'bad*.pdf', code: 'binary' as const, reason: 'binary <file>' }],
      present: ['## Skipped\n\n- bad\\*.pdf: binary &lt;file> (binary)\n'],
      absent: [],
    },
  ])('$name', ({ themes, skipped, present, absent }) => {
    const head = markdownHead({ ...base, themes, skipped, summary: report.summary }, inlineMembers([]));
    for (const text of present) expect(head).toContain(text);
    for (const text of absent) expect(head).not.toContain(text);
  });
});

describe('markdownDocument', () => {
  const stance = (label: 'agree' | 'none', source: 'explicit' | 'inferred' | 'none', confidence: number) =>
    ({ label, source, confidence, code: 'closed-answer' as const, reason: 'test', evidence: [] }) as Segment['stance'];

  it('lists the stances read from an argument as sentences after the table', () => {
    const step = {
      evidence: { text: 'would add another layer', rule: 'stance.policy', line: 4, column: 3, offset: [40, 63] as [number, number], role: 'opposes' as const },
      about: 'consequence' as const,
      why: 'modality' as const,
      cue: null,
      move: 'polarity' as const,
      words: [],
      flips: [],
      contribution: -0.6,
    };
    const read: Segment['stance'] = {
      label: 'disagree',
      source: 'inferred',
      confidence: 0.7,
      code: 'argument-consequence',
      reason: 'names a consequence of the proposal',
      evidence: [{ ...step.evidence, role: 'decides' }],
      reading: { steps: [step], omitted: 0, sum: -0.6, for: 0, against: 0.6, threshold: 0.02, policy: 'stance.policy' },
    };
    const md = markdownDocument(documentReport({ file: 'a.txt', segments: [segment({ id: 's1' }), segment({ id: 's2', stance: read })] }), []);
    expect(md).toContain('\n### Stances read from the argument\n\n- s2: "would add another layer" is a bad consequence of the proposal → disagree\n');
  });

  it.each<{ name: string; fields: Partial<Segment>; row: string }>([
    { name: 'explicit stance', fields: { number: '1', question: 'Do you agree?', stance: stance('agree', 'explicit', 0.9) }, row: '| s1 | 1 | Do you agree? | agree (explicit) | 0.90 |  |' },
    { name: 'inferred stance', fields: { number: '2', question: 'Why?', stance: stance('agree', 'inferred', 0.456) }, row: '| s1 | 2 | Why? | agree (for review) | 0.46 |  |' },
    { name: 'inferred stance at the review bar', fields: { number: '2', question: 'Why?', stance: stance('agree', 'inferred', 0.6) }, row: '| s1 | 2 | Why? | agree | 0.60 |  |' },
    { name: 'prose with heading', fields: { kind: 'prose', heading: 'Background' }, row: '| s1 |  | (prose: Background) | none | 0.00 |  |' },
    { name: 'prose without heading', fields: { kind: 'prose' }, row: '| s1 |  | (prose: untitled) | none | 0.00 |  |' },
    { name: 'themes', fields: { themes: [themeTag('funding', 1), themeTag('early help', 1)] }, row: '| s1 |  |  | none | 0.00 | funding, early help |' },
    { name: 'long question', fields: { question: `${'word '.repeat(30)}end` }, row: `| s1 |  | ${'word '.repeat(15)}word… | none | 0.00 |  |` },
  ])('segment row: $name', ({ fields, row }) => {
    const md = markdownDocument(documentReport({ file: 'a.txt', segments: [segment({ id: 's1', ...fields })] }), []);
    expect(md.split('\n')).toContain(row);
  });

  it.each([
    { name: 'with title', title: 'Response from a council', expected: '\n## a.txt\n\nTitle: Response from a council\n\n' },
    { name: 'without title', title: '  ', expected: '\n## a.txt\n\nNo segments found.\n' },
  ])('heading $name', ({ title, expected }) => {
    expect(markdownDocument(documentReport({ file: 'a.txt', title }), [])).toContain(expected);
  });

  it('lists up to three quotes per theme, strongest first, once each', () => {
    const doc = documentReport({
      file: 'a.txt',
      segments: [
        segment({ id: 's1', themes: [themeTag('funding', 1, [evidence('weak early', { line: 1, start: 0 })])] }),
        segment({
          id: 's2',
          themes: [
            themeTag('funding', 3, [evidence('strong late', { line: 9, start: 90 }), evidence('strong early', { line: 5, start: 50 })]),
            themeTag('workforce', 1, [evidence('staff | <b>', { line: 6, start: 60 })]),
          ],
        }),
        segment({ id: 's3', themes: [themeTag('funding', 2, [evidence('strong early', { line: 7, start: 70 }), evidence('', { line: 8, start: 80 })])] }),
      ],
    });
    expect(markdownDocument(doc, ['funding', 'unused', 'workforce'])).toContain(
      ['\n### funding\n', '- L5: "strong early" (s2)', '- L9: "strong late" (s2)', '- L1: "weak early" (s1)', '\n### workforce\n', '- L6: "staff \\| &lt;b>" (s2)\n'].join('\n'),
    );
  });

  it('shortens long quotes', () => {
    const long = `${'quote '.repeat(60)}end`;
    const doc = documentReport({ file: 'a.txt', segments: [segment({ id: 's1', themes: [themeTag('funding', 1, [evidence(long)])] })] });
    const line = markdownDocument(doc, ['funding'])
      .split('\n')
      .find((l) => l.startsWith('- L1:'));
    expect(line).toMatch(/^- L1: "(quote ){32}quote…" \(s1\)$/);
  });
});
