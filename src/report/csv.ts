import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './escape-csv.js';
import type { DocumentReport, Evidence, Report, Segment } from './schema.js';

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
 * line breaks). Every cell passes through
 * `neutraliseCell` so that no response text can run as a spreadsheet formula.
 */

const FIXED_COLUMNS = ['file', 'id', 'kind', 'number', 'question', 'stance', 'source', 'confidence'];

/** Excel reads UTF-8 as a legacy code page without it. */
export const BOM = '\uFEFF';

export function csvHeader(themes: string[]): string {
  return `${BOM}${records([[...FIXED_COLUMNS, ...themes.map((theme) => `theme_${theme}`), 'quote', 'quote_line', 'respondent']])}`;
}

export function csvDocumentRows(doc: DocumentReport, themes: string[]): string {
  return records(doc.segments.map((segment) => segmentRow(doc, segment, themes)));
}

export function formatCsv(report: Report): string {
  return csvHeader(report.themes) + report.documents.map((doc) => csvDocumentRows(doc, report.themes)).join('');
}

/** RFC 4180 records, every cell neutralised against formula injection. */
export function records(rows: string[][]): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCell)),
    { record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

function segmentRow(doc: DocumentReport, segment: Segment, themes: string[]): string[] {
  const { stance } = segment;
  const quote = quoteOf(segment);
  return [
    doc.file,
    segment.id,
    segment.kind,
    segment.number ?? '',
    segment.question ?? '',
    stance.label,
    stance.source,
    stance.confidence.toFixed(2),
    ...themes.map((theme) => (segment.themes.some((tag) => tag.theme === theme) ? '1' : '0')),
    quote?.text ?? '',
    quote === undefined ? '' : String(quote.line),
    doc.respondent.name ?? '',
  ];
}

/** The span that decided the stance, else the first theme evidence, so a reader can check the row against the text. */
function quoteOf(segment: Segment): Evidence | undefined {
  return (
    segment.stance.evidence.find((e) => e.role === 'decides') ??
    segment.themes.flatMap((tag) => tag.evidence)[0]
  );
}
