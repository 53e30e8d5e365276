import { unzipSync } from 'fflate';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { byCodeUnit, shorten } from '../../text/utils.js';
import { xmlSafe } from '../refi/xml.js';
import type { GroupMembers, Meta, RunEnd } from '../../model/run-end.js';
import { groupIndex, segmentColumns, withGroups } from '../segment-row.js';
import { STANCE_LABELS } from '../../model/stance-labels.js';
import { zipEntries } from '../zip.js';
import { countCells, countHeaders, letterRow, letterRowAt, type CountCell } from '../question-counts.js';
import type { ThemeQuote, WorkbookDocument } from './record.js';
import { campaignsSheet, discoveredSheet } from './discovered-sheet.js';

/**
 * report.xlsx: a `segments` sheet (segments.csv's columns), a `questions`
 * sheet (questions.csv's counts and percentages, then the breakdown by each
 * respondent attribute), a `themes` sheet of quotes by theme and stance, a
 * `discovered` sheet of each question's discovered themes, and a `campaigns`
 * sheet when the run found any.
 * Header rows frozen, columns sized, long text wrapped. Text goes in as
 * string cells, which a spreadsheet never evaluates, so `=HYPERLINK(...)` in
 * a response stays text. write-excel-file builds the workbook; it is then
 * re-zipped with fixed dates and sorted entries, so runs are byte-identical.
 */

/** Excel holds at most this many characters in a cell. */
const CELL_MAX = 32_767;
const NUMERIC = /^(confidence|quote_line|theme_.*)$/;
const WIDTHS: Record<string, number> = {
  file: 28,
  id: 6,
  key: 18,
  kind: 9,
  number: 8,
  question: 50,
  stance: 10,
  source: 10,
  confidence: 11,
  quote: 60,
  quote_line: 10,
  question_group: 15,
  respondent: 14,
  stance_reason: 30,
  answer: 80,
  review_stance: 14,
  review_themes: 16,
  review_note: 30,
};
const WRAPPED = new Set(['question', 'quote', 'stance_reason', 'answer', 'review_note']);

const text = (value: string, wrap = false): Cell => ({ value: shorten(xmlSafe(value), CELL_MAX), type: String, wrap, alignVertical: 'top' });
const number = (value: number, format?: string): Cell => ({ value, type: Number, alignVertical: 'top', ...(format ? { format } : {}) });
const header = (names: readonly string[]): Cell[] => names.map((name) => ({ value: name, type: String, fontWeight: 'bold' }));
const cells = { text, number, header };

export async function* xlsxPieces(records: () => Iterable<string>, meta: Meta, end: RunEnd, members: GroupMembers): AsyncGenerator<Uint8Array> {
  const docs: WorkbookDocument[] = [...records()].map((line) => JSON.parse(line) as WorkbookDocument);
  const columns = segmentColumns(meta.themes);
  const groupOf = groupIndex(end.questions, members);
  const segments: SheetData = [
    header(columns),
    ...docs
      .flatMap((d) => withGroups(d.rows, meta.themes, groupOf))
      .map((row) =>
        row.map((value, i) => (NUMERIC.test(columns[i]!) && value !== '' ? number(Number(value), columns[i] === 'confidence' ? '0.00' : undefined) : text(value, WRAPPED.has(columns[i]!)))),
      ),
  ];
  const sheets = [
    { sheet: 'segments', data: segments, columns: columns.map((c) => ({ width: WIDTHS[c] ?? 12 })), stickyRowsCount: 1 },
    { sheet: 'questions', data: questionsSheet(end, members, meta.themes, docs), columns: [15, 10, 60, ...Array<number>(40).fill(11)].map((width) => ({ width })), stickyRowsCount: 1 },
    { sheet: 'themes', data: themesSheet(docs, meta.themes), columns: [16, 10, 28, 8, 8, 90].map((width) => ({ width })), stickyRowsCount: 1 },
    { sheet: 'discovered', data: discoveredSheet(end.questions, end.prose, cells), columns: [15, 50, 8, 30, 9, 8, 8, 9, 40, 90, 14, 14].map((width) => ({ width })), stickyRowsCount: 1 },
    ...(end.campaigns.length > 0 ? [{ sheet: 'campaigns', data: campaignsSheet(end.campaigns, cells), columns: [10, 8, 90, 40].map((width) => ({ width })), stickyRowsCount: 1 }] : []),
  ];
  const built = unzipSync(await writeXlsxFile(sheets).toBuffer());
  yield* zipEntries(
    Object.keys(built)
      .sort(byCodeUnit)
      .map((path) => ({ path, data: [built[path]!] })),
  );
}

const pct = (n: number, of: number): Cell => (of === 0 ? null : number(Math.round((1000 * n) / of) / 10, '0.0'));

function questionsSheet({ questions, letters }: Pick<RunEnd, 'questions' | 'letters'>, members: GroupMembers, themes: readonly string[], docs: readonly WorkbookDocument[]): SheetData {
  const cells = (counts: CountCell[]): Cell[] => counts.map((c) => ('of' in c ? pct(c.count, c.of) : number(c.count)));
  const rows: SheetData = [
    header(['id', 'number', 'question', ...countHeaders(themes)]),
    ...questions.map((g) => [text(g.id), text(g.number ?? ''), text(g.text, true), ...cells(countCells(g, members(g.id), themes))]),
  ];
  if (letters) {
    const row = letterRow(letters);
    rows.splice(1 + letterRowAt(questions, letters), 0, [text(row.id), text(questions.find((q) => q.id === letters.question)?.number ?? ''), text(row.text, true), ...cells(row.cells)]);
  }
  // By respondent attribute, when the documents have respondents: counted here from each answer's document.
  const attributes = new Map(docs.map((d) => [d.file, d.attributes]));
  const names = [...new Set(docs.flatMap((d) => Object.keys(d.attributes)))].sort(byCodeUnit);
  if (names.length === 0) return rows;
  rows.push([], header(['question_group', 'attribute', 'value', 'respondents', ...STANCE_LABELS.flatMap((l) => [l, `${l}_pct`])]));
  for (const g of questions) {
    for (const name of names) {
      const byValue = new Map<string, Record<string, number>>();
      for (const chunk of members(g.id)) {
        for (const m of chunk) {
          const value = attributes.get(m.file)?.[name] ?? '(not given)';
          const counts = byValue.get(value) ?? Object.fromEntries(STANCE_LABELS.map((l) => [l, 0]));
          counts[m.stance]! += 1;
          byValue.set(value, counts);
        }
      }
      for (const [value, counts] of [...byValue].sort((a, b) => byCodeUnit(a[0], b[0]))) {
        const total = STANCE_LABELS.reduce((n, l) => n + counts[l]!, 0);
        rows.push([text(g.id), text(name), text(value), number(total), ...STANCE_LABELS.flatMap((l) => [number(counts[l]!), pct(counts[l]!, total)])]);
      }
    }
  }
  return rows;
}

function themesSheet(docs: readonly WorkbookDocument[], themes: readonly string[]): SheetData {
  const order = (q: ThemeQuote): [number, number] => [themes.indexOf(q.theme), STANCE_LABELS.indexOf(q.stance as (typeof STANCE_LABELS)[number])];
  const quotes = docs.flatMap((d) => d.quotes.map((q) => ({ file: d.file, q })));
  // A stable sort: within a theme and stance, document order, then segment order, as spooled.
  quotes.sort((a, b) => order(a.q)[0] - order(b.q)[0] || order(a.q)[1] - order(b.q)[1]);
  return [
    header(['theme', 'stance', 'file', 'segment', 'line', 'quote']),
    ...quotes.map(({ file, q }) => [text(q.theme), text(q.stance), text(file), text(q.segment), number(q.line), text(q.text, true)]),
  ];
}
