import { CsvParseError } from './csv-rows.js';
import { NOT_A_SURVEY, type SkipCode } from '../../model/errors.js';
import { ReadError, type ReadItem, type ReadSource } from '../formats/reader.js';
import { describeFsError } from '../input-names.js';
import { columnLetter, isBlankRow } from './headers.js';
import { planLayout } from './layout.js';
import { rowDocument, rowName } from './row-document.js';
import { openTable, openTableFile } from './table.js';
import type { SurveyLayout, SurveyReading, TableRow } from './types.js';

/** A cell longer than this is no answer typed into a survey; its row is skipped with the reason. */
export const MAX_CELL_CHARS = 1e6;

export interface SurveyOptions extends SurveyReading {
  maxFileSize: number;
}

/** The layout of a survey file, for `csc-tag columns`: read no further than the sample. */
export async function surveyLayout(
  path: string,
  options: SurveyOptions,
): Promise<
  | { ok: true; layout: SurveyLayout; sheet: string | null; encoding: string; sampled: number; warnings: { code: string; message: string }[]; notSurvey: string | null }
  | { ok: false; code: SkipCode; reason: string }
> {
  const table = await openTableFile(path, options.maxFileSize);
  if (!table.ok) return table;
  const planned = await planLayout(table.rows, options);
  if (!planned.ok) return planned;
  await planned.rest.return?.();
  return {
    ok: true,
    layout: planned.layout,
    sheet: table.sheet,
    encoding: table.encoding,
    sampled: planned.sampled.length,
    warnings: [...table.warnings, ...planned.warnings],
    notSurvey: planned.notSurvey,
  };
}

function oversized(row: TableRow): { column: string; length: number } | undefined {
  const i = row.cells.findIndex((c) => c.length > MAX_CELL_CHARS);
  return i < 0 ? undefined : { column: columnLetter(i), length: row.cells[i]!.length };
}

/**
 * One document per respondent row, streamed: the sample the columns were
 * judged on, then every row after it as it is read. A file that cannot be
 * read is one item with its reason; a row that cannot be used is one item
 * too, and the rows after it are still read. File-level warnings go on the
 * first document. `name` is the file as the user gave it.
 */
export async function* readSurvey(source: ReadSource, workbook: boolean, name: string, options: SurveyOptions): AsyncGenerator<ReadItem> {
  let table;
  try {
    table = await openTable(source, workbook, options.maxFileSize);
  } catch (error) {
    // A file system error, in the words every reader uses; anything else is a bug, and is thrown on.
    yield { ok: false, name, ...(error instanceof ReadError ? { code: error.code, reason: error.message } : describeFsError(error)) };
    return;
  }
  if (!table.ok) {
    yield { ok: false, name, code: table.code, reason: table.reason };
    return;
  }
  let planned;
  try {
    planned = await planLayout(table.rows, options);
  } catch (error) {
    // csv-parse's error is the file's; anything else judging the columns is a bug, and is thrown on.
    if (!(error instanceof CsvParseError)) throw error;
    yield { ok: false, name, code: 'bad-csv', reason: `could not be read as CSV (${error.message})` };
    return;
  }
  if (!planned.ok) {
    yield { ok: false, name, code: planned.code, reason: planned.reason };
    return;
  }
  if (planned.notSurvey !== null) {
    await planned.rest.return?.();
    yield { ok: false, name, code: NOT_A_SURVEY, reason: `not a survey: ${planned.notSurvey}; not tagged (csc-tag columns shows each column)` };
    return;
  }
  let pending = [...table.warnings, ...planned.warnings];
  const { columns } = planned.layout;
  const emit = (row: TableRow): ReadItem => {
    const big = oversized(row);
    if (big) return { ok: false, name: rowName(name, row.row), code: 'cell-too-large', reason: `cell ${big.column}${row.row} holds ${big.length} characters, over the limit of ${MAX_CELL_CHARS}` };
    const item: ReadItem = { ok: true, doc: rowDocument(name, row, columns, table.encoding, pending) };
    pending = [];
    return item;
  };
  for (const row of planned.sampled) yield emit(row);
  try {
    for (let r = await planned.rest.next(); !r.done; r = await planned.rest.next()) if (!isBlankRow(r.value)) yield emit(r.value);
  } catch (error) {
    if (!(error instanceof CsvParseError)) throw error;
    yield { ok: false, name, code: 'bad-csv', reason: `reading stopped part way (${error.message}); the rows before were tagged` };
  }
}
