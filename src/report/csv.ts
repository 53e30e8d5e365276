import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './escape-csv.js';
import type { GroupMembers, Meta, RunEnd } from '../model/run-end.js';
import type { DocumentReport, Report } from '../model/schema.js';
import { inlineMembers } from '../questions/group-members.js';
import { groupIndex, segmentColumns, segmentRows, withGroups } from './segment-row.js';

/**
 * The CSV report, one row per segment (prose included), for spreadsheets.
 * Like the Markdown report it comes in pieces for streaming: `formatCsv` is
 * the header followed by each document's rows.
 *
 * The file starts with a UTF-8 BOM because Excel otherwise reads UTF-8 as a
 * legacy code page and garbles non-ASCII text. Records follow RFC 4180: CRLF
 * after every record (the last too, so pieces concatenate), and quotes only
 * where a cell holds a comma, quote or line break (csv-stringify quotes a
 * lone LF or CR only when asked to, and evidence keeps a wrapped sentence's
 * line breaks). Rows gain their question group (to join questions.csv) once
 * the run is over, so the stream spools them until then. Every cell passes through
 * `neutraliseCell` so that no response text can run as a spreadsheet formula.
 */

/** Excel reads UTF-8 as a legacy code page without it. */
export const BOM = '\uFEFF';

export function csvHeader(themes: string[]): string {
  return `${BOM}${records([segmentColumns(themes)])}`;
}

/** A document's rows; `question_group` is filled from `groupOf` (empty without it). */
export function csvDocumentRows(doc: DocumentReport, themes: string[], groupOf: ReadonlyMap<string, string> = new Map()): string {
  return records(withGroups(segmentRows(doc, themes), themes, groupOf));
}

export function formatCsv(report: Report): string {
  const groupOf = groupIndex(report.questions, inlineMembers(report.questions));
  return csvHeader(report.themes) + report.documents.map((doc) => csvDocumentRows(doc, report.themes, groupOf)).join('');
}

/** A document's rows as spooled while the run goes on: the question groups are known only at its end. */
export function csvDocumentRecord(doc: DocumentReport, themes: string[]): string {
  return JSON.stringify(segmentRows(doc, themes));
}

/** segments.csv from the spooled rows, each given its question group. */
export function* csvPieces(rows: () => Iterable<string>, meta: Meta, end: RunEnd, members: GroupMembers): Generator<string> {
  const groupOf = groupIndex(end.questions, members);
  yield csvHeader(meta.themes);
  for (const line of rows()) yield records(withGroups(JSON.parse(line) as string[][], meta.themes, groupOf));
}

/** RFC 4180 records, every cell neutralised against formula injection. */
export function records(rows: string[][]): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCell)),
    { record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}
