import type { DecodeWarning } from '../decode.js';
import type { ReadDoc } from '../formats/reader.js';
import { makeRespondent, type ReadRespondent } from '../respondent.js';
import { headerNumber } from './headers.js';
import type { CellSpan, ColumnPlan, ReadySegment, SurveyRowParts, TableRow } from './types.js';

/** The question a column asks, without its number (`Q1 - `), as a text document's question is. */
export function questionOf(column: ColumnPlan): string {
  const rest = headerNumber(column.header).rest.trim();
  return rest || column.header || column.id || column.letter;
}

/** The name a document of row `row` has: the file and the row, as `responses.xlsx#row=12`. */
export const rowName = (file: string, row: number): string => `${file}#row=${row}`;

/**
 * One respondent's document. Its text is each question's header, then the
 * closed answer, then the explanation, a blank line between, so a reader of
 * `csc-tag text` sees what was tagged; every segment is given, ready, with
 * the span of each cell in that text.
 */
export function rowDocument(file: string, row: TableRow, columns: readonly ColumnPlan[], encoding: string, warnings: DecodeWarning[]): ReadDoc & { survey: SurveyRowParts } {
  const cell = (c: ColumnPlan): string => (row.cells[c.index] ?? '').trim();
  let text = '';
  const cells: CellSpan[] = [];
  const put = (column: ColumnPlan, value: string): CellSpan => {
    const span = { column: column.letter, start: text.length, end: text.length + value.length };
    text += value;
    cells.push(span);
    return span;
  };
  const explanationOf = new Map<number, ColumnPlan>();
  for (const c of columns) if (c.kind === 'explanation' && c.explains !== null) explanationOf.set(c.explains, c);
  const segments: ReadySegment[] = [];
  for (const column of columns) {
    if (column.kind !== 'closed' && column.kind !== 'open') continue;
    const start = text.length;
    text += `${column.header || column.id || column.letter}\n`;
    const explanation = column.kind === 'closed' ? explanationOf.get(column.index) : undefined;
    const closedValue = column.kind === 'closed' ? cell(column) : '';
    const closed = closedValue ? put(column, closedValue) : null;
    const free = column.kind === 'open' ? column : explanation;
    const freeValue = free ? cell(free) : '';
    if (closed && freeValue) text += '\n\n';
    const answer = free && freeValue ? put(free, freeValue) : null;
    const end = text.length;
    text += '\n\n';
    segments.push({
      number: column.number,
      question: questionOf(column),
      start,
      end,
      closed,
      text: answer,
      columns: explanation ? [column.letter, explanation.letter] : [column.letter],
    });
  }
  const respondent = respondentOf(row, columns);
  const title = respondent.name ?? (respondent.id!.startsWith('row ') ? `Row ${row.row}` : `Respondent ${respondent.id}`);
  const trimmed = text.replace(/\n+$/, '\n');
  return {
    name: rowName(file, row.row),
    text: trimmed,
    encoding,
    bytes: Buffer.byteLength(trimmed),
    warnings,
    respondent,
    survey: { row: row.row, title, segments, cells },
  };
}

function respondentOf(row: TableRow, columns: readonly ColumnPlan[]): ReadRespondent {
  const value = (c: ColumnPlan | undefined): string => (c ? (row.cells[c.index] ?? '').trim() : '');
  const id = value(columns.find((c) => c.kind === 'id'));
  const name = value(columns.find((c) => c.kind === 'name'));
  const attributes: Record<string, string> = {};
  for (const c of columns) {
    const v = value(c);
    if (c.kind === 'attribute' && v) attributes[c.header || c.id || c.letter] = v;
  }
  return makeRespondent(name, attributes, id || `row ${row.row}`);
}
