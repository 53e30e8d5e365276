import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/report/csv.js';
import { withExplanation } from '../../src/questions/quote.js';
import { neutraliseCell } from '../../src/report/escape-csv.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatQuestionsCsv } from '../../src/report/questions-csv.js';
import { breakdownText } from '../../src/report/question-prose.js';
import type { Evidence, Report, Segment } from '../../src/model/schema.js';
import { plainStrings, reportModel, toReport } from './arbitrary-report.js';
import { inlineMembers } from '../../src/questions/group-members.js';

const SEED = 42;
/** Generous: the runs take a second or two, but the whole suite shares two cores. */
const TIMEOUT = 60_000;

interface MdNode {
  type: string;
  children?: MdNode[];
}

const parser = unified().use(remarkParse).use(remarkGfm);

function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Per table, the number of cells in each row. */
function tableShapes(tree: MdNode): number[][] {
  const shapes: number[][] = [];
  walk(tree, (n) => {
    if (n.type === 'table') shapes.push((n.children ?? []).map((row) => (row.children ?? []).length));
  });
  return shapes;
}

/** Nodes that would make document text into a link, an image, a reference or raw HTML. */
const FORBIDDEN = new Set(['html', 'link', 'image', 'linkReference', 'imageReference', 'definition', 'footnoteDefinition', 'footnoteReference']);

function forbiddenNodes(tree: MdNode): string[] {
  const found: string[] = [];
  walk(tree, (n) => {
    if (FORBIDDEN.has(n.type)) found.push(JSON.stringify(n).slice(0, 300));
  });
  return found;
}

/** The CSV as it reaches the disk (UTF-8 bytes) read back with csv-parse. */
function readCsv(csv: string): string[][] {
  return parse(Buffer.from(csv, 'utf8'), { bom: true }) as string[][];
}

/**
 * What a string becomes once written as UTF-8: each lone surrogate is U+FFFD.
 * (Decoded documents never hold one; the arbitrary strings here do.)
 */
function asWritten(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const cell = (value: string): string => asWritten(neutraliseCell(value));

/** segments.csv as its columns are documented (src/report/csv.ts), before neutralising. */
function expectedSegmentRows(report: Report): string[][] {
  const header = [
    'file',
    'id',
    'key',
    'kind',
    'number',
    'question',
    'stance',
    'source',
    'confidence',
    ...report.themes.map((t) => `theme_${t}`),
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
  // An explicit answer's quote is the closed answer and its explanation's first sentence (withExplanation, tested on its own).
  const quoteOf = (s: Segment): Pick<Evidence, 'text' | 'line'> | undefined => {
    const decides = s.stance.evidence.find((e) => e.role === 'decides');
    if (decides && s.stance.source === 'explicit') return { text: withExplanation(s.answer, decides.text), line: decides.line };
    return decides ?? s.themes.flatMap((t) => t.evidence)[0];
  };
  const group = new Map(report.questions.flatMap((g) => g.members.map((m) => [`${m.file}\0${m.id}`, g.id] as const)));
  const rows = report.documents.flatMap((doc) =>
    doc.segments.map((s) => {
      const quote = quoteOf(s);
      return [
        doc.file,
        s.id,
        s.key,
        s.kind,
        s.number ?? '',
        s.question ?? '',
        s.stance.label,
        s.stance.source,
        s.stance.confidence.toFixed(2),
        ...report.themes.map((t) => (s.themes.some((tag) => tag.theme === t) ? '1' : '0')),
        quote?.text ?? '',
        quote === undefined ? '' : String(quote.line),
        group.get(`${doc.file}\0${s.id}`) ?? '',
        doc.respondent.name ?? '',
        s.stance.reason,
        s.answer,
        '',
        '',
        '',
      ];
    }),
  );
  return [header, ...rows];
}

describe('report formats with arbitrary text (properties)', () => {
  it(
    '6. report.md keeps its tables’ shape and has no HTML, link, image, reference or definition, whatever the text',
    () => {
      fc.assert(
        fc.property(reportModel, (model) => {
          const hostile = parser.parse(formatMarkdown(toReport(model))) as MdNode;
          const plain = parser.parse(formatMarkdown(toReport(model, plainStrings()))) as MdNode;
          expect(tableShapes(hostile)).toEqual(tableShapes(plain));
          expect(forbiddenNodes(hostile)).toEqual([]);
        }),
        { seed: SEED, numRuns: 150 },
      );
    },
    TIMEOUT,
  );

  it(
    '7. segments.csv reads back to the same rows and columns, each cell changed only by the neutralising apostrophe',
    () => {
      fc.assert(
        fc.property(reportModel, (model) => {
          const report = toReport(model);
          const expected = expectedSegmentRows(report).map((row) => row.map(cell));
          expect(readCsv(formatCsv(report))).toEqual(expected);
        }),
        { seed: SEED, numRuns: 200 },
      );
    },
    TIMEOUT,
  );

  it(
    '7b. questions.csv reads back to one row per question group, text cells changed only by the neutralising apostrophe',
    () => {
      fc.assert(
        fc.property(reportModel, (model) => {
          const report = toReport(model);
          const rows = readCsv(formatQuestionsCsv(report.questions, inlineMembers(report.questions), report.themes));
          const header = rows[0]!;
          // 14 fixed columns (id, number, question, counts and percentages), one per theme, then the breakdown by respondent attribute.
          expect(header.slice(14)).toEqual([...report.themes.map((t) => cell(`theme_${t}`)), 'by_attribute']);
          expect(rows.length).toBe(report.questions.length + 1);
          report.questions.forEach((group, i) => {
            const row = rows[i + 1]!;
            expect(row.length).toBe(header.length);
            expect(row.slice(0, 3)).toEqual([group.id, group.number ?? '', group.text].map(cell));
            expect(row[row.length - 1]).toBe(cell(breakdownText(group)));
          });
        }),
        { seed: SEED, numRuns: 150 },
      );
    },
    TIMEOUT,
  );
});
