import { unzipSync } from 'fflate';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import type { DocumentReport, Segment } from '../../model/schema.js';
import { STANCE_LABELS } from '../../model/stance-labels.js';
import { byCodeUnit, shorten } from '../../text/utils.js';
import { xmlSafe } from '../refi/xml.js';
import { zipEntries } from '../zip.js';

/**
 * The review sheet (`csc-tag review`): the segments an analyst should read,
 * each with its answer, the tagger's label, reason and evidence, and empty
 * review columns, the stance one a drop-down of the stance labels. Filled
 * in, it is a --reviews file as it is (its first row names `key` and the
 * review columns). Made as report.xlsx is: byte-identical for the same
 * segments.
 */

/** One segment as the sheet shows it. */
export interface ReviewRow {
  key: string;
  file: string;
  id: string;
  number: string;
  question: string;
  answer: string;
  stance: string;
  source: string;
  confidence: number;
  themes: string;
  reason: string;
  evidence: string;
}

const COLUMNS: [name: string, width: number][] = [
  ['key', 18],
  ['file', 24],
  ['id', 6],
  ['number', 8],
  ['question', 40],
  ['answer', 70],
  ['stance', 10],
  ['source', 10],
  ['confidence', 11],
  ['themes', 16],
  ['reason', 28],
  ['evidence', 40],
  ['review_stance', 14],
  ['review_themes', 16],
  ['review_note', 30],
];
const WRAPPED = new Set(['question', 'answer', 'reason', 'evidence', 'review_note']);
const CELL_MAX = 32_767;
/** The drop-down covers this many rows below the header, so rows an analyst adds get it too. */
const SPARE_ROWS = 1000;

export function reviewRow(doc: DocumentReport, segment: Segment): ReviewRow {
  const decides = segment.stance.evidence.filter((e) => e.role === 'decides');
  return {
    key: segment.key,
    file: doc.file,
    id: segment.id,
    number: segment.number ?? '',
    question: segment.question ?? segment.heading ?? '',
    answer: segment.answer,
    stance: segment.stance.label,
    source: segment.stance.source,
    confidence: segment.stance.confidence,
    themes: segment.themes.map((t) => t.theme).join(';'),
    reason: segment.stance.reason,
    evidence: decides.map((e) => `L${e.line}: ${e.text}`).join('\n'),
  };
}

/** Lowest confidence first; then by file and segment, so the order never depends on the input's. */
export function byConfidence(a: ReviewRow, b: ReviewRow): number {
  return a.confidence - b.confidence || byCodeUnit(a.file, b.file) || byCodeUnit(a.id, b.id);
}

const text = (value: string, wrap: boolean): Cell => ({ value: shorten(xmlSafe(value), CELL_MAX), type: String, wrap, alignVertical: 'top' });

export async function reviewWorkbook(rows: readonly ReviewRow[]): Promise<Uint8Array[]> {
  const data: SheetData = [
    COLUMNS.map(([name]) => ({ value: name, type: String, fontWeight: 'bold' })),
    ...rows.map((row) =>
      COLUMNS.map(([name]): Cell => {
        if (name === 'confidence') return { value: row.confidence, type: Number, format: '0.00', alignVertical: 'top' };
        const value = name in row ? String(row[name as keyof ReviewRow]) : '';
        return text(value, WRAPPED.has(name));
      }),
    ),
  ];
  const built = unzipSync(await writeXlsxFile([{ sheet: 'review', data, columns: COLUMNS.map(([, width]) => ({ width })), stickyRowsCount: 1 }]).toBuffer());
  const sheet = Object.keys(built).find((path) => /^xl\/worksheets\/sheet\d*\.xml$/.test(path))!;
  const column = String.fromCharCode(65 + COLUMNS.findIndex(([name]) => name === 'review_stance'));
  built[sheet] = new TextEncoder().encode(withDropDown(new TextDecoder().decode(built[sheet]), `${column}2:${column}${rows.length + 1 + SPARE_ROWS}`));
  return [
    ...zipEntries(
      Object.keys(built)
        .sort(byCodeUnit)
        .map((path) => ({ path, data: [built[path]!] })),
    ),
  ];
}

/** Elements that must come after dataValidations in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<rowBreaks', '<colBreaks', '<drawing', '<legacyDrawing', '<tableParts', '<extLst', '</worksheet>'];

/** A list validation on `range`: Excel and LibreOffice show a drop-down of the stance labels and refuse other values. */
export function withDropDown(xml: string, range: string): string {
  const validation =
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" ` +
    `errorTitle="Stance" error="Choose one of: ${STANCE_LABELS.join(', ')}" promptTitle="Stance" prompt="Your reading of the answer" sqref="${range}">` +
    `<formula1>"${STANCE_LABELS.join(',')}"</formula1></dataValidation></dataValidations>`;
  const at = Math.min(...AFTER.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  return xml.slice(0, at) + validation + xml.slice(at);
}
