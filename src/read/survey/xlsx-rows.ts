import type { SkipCode } from '../../model/errors.js';
import { readSheet } from 'read-excel-file/node';
import type { TableRow } from './types.js';
import { guardWorkbook } from './xlsx-guard.js';

/** Survey platforms name the sheet of answers so; other sheets (questions, notes, charts) sit beside it. */
const RESPONSES_SHEET = /^responses?$/i;

export type XlsxTable = { ok: true; sheet: string; rows: Iterable<TableRow> } | { ok: false; code: SkipCode; reason: string };

/** A cell as text. Numbers stay as written in the file (parseNumber below), so an id `007` or `1.10` is not changed. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).replace(/\r\n?/g, '\n');
}

/**
 * The rows of a workbook's `Responses` sheet, or of its first sheet. A
 * formula is never evaluated: read-excel-file gives the value the file saved
 * beside it, and a formula with none reads as an empty cell. The workbook is
 * measured (xlsx-guard.ts) before it is unpacked.
 */
export async function xlsxTable(bytes: Uint8Array): Promise<XlsxTable> {
  const guard = guardWorkbook(bytes);
  if (!guard.ok) return guard;
  const sheet = guard.sheets.find((name) => RESPONSES_SHEET.test(name.trim())) ?? guard.sheets[0]!;
  let data: unknown[][];
  try {
    data = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), sheet, { parseNumber: (text: string) => text });
  } catch (error) {
    return { ok: false, code: 'bad-workbook', reason: `damaged .xlsx workbook (${error instanceof Error ? error.message : String(error)})` };
  }
  return { ok: true, sheet, rows: asRows(data) };
}

/** Rows one at a time, each sheet row let go once converted, so the sheet is held once, not twice. */
function* asRows(data: unknown[][]): Generator<TableRow> {
  for (let i = 0; i < data.length; i++) {
    const cells = data[i]!.map(cellText);
    data[i] = [];
    yield { row: i + 1, cells };
  }
}
