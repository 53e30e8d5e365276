import type { SkipCode } from '../../model/errors.js';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

/**
 * Bounds for a workbook, checked before read-excel-file unpacks it (it
 * inflates every XML part whole, with no limit of its own). A workbook is a
 * zip archive and hostile until measured: a zip bomb inflates a few kilobytes
 * into gigabytes.
 */
export const MAX_UNZIPPED_BYTES = 256e6;
/** Cells read-excel-file would make: it pads every row out to the widest row, so a cell in column XFD costs 16,384 per row. */
export const MAX_SHEET_CELLS = 20e6;
/** Compressed bytes fed at a time: one push inflates at most about a thousand times this. */
const CHUNK = 16384;
const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_MAX = 4e6;

export type GuardResult = { ok: true; sheets: string[]; unzipped: number } | { ok: false; code: SkipCode; reason: string };

interface SheetExtent {
  rows: number;
  maxColumn: number;
  /** The end of the previous chunk, so a cell reference split between chunks is still seen. */
  tail: string;
}

const CELL_REF = /<(?:\w+:)?c\b[^>]*?\sr="([A-Z]{1,3})\d+"/g;
const ROW_TAG = /<(?:\w+:)?row[\s>/]/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + c.charCodeAt(0) - 64;
  return n;
}

function scanSheet(extent: SheetExtent, chunk: Uint8Array): void {
  // latin1 keeps every byte as one character: the tags are ASCII, whatever the text between them.
  const text = extent.tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
  for (const m of text.matchAll(CELL_REF)) extent.maxColumn = Math.max(extent.maxColumn, columnNumber(m[1]!));
  // Rows are counted in the fresh part only, so one split across chunks is not counted twice.
  ROW_TAG.lastIndex = extent.tail.length > 8 ? extent.tail.length - 8 : 0;
  for (let m = ROW_TAG.exec(text); m; m = ROW_TAG.exec(text)) if (m.index + m[0].length > extent.tail.length) extent.rows++;
  extent.tail = text.slice(-64);
}

/** Sheet names in workbook order, from xl/workbook.xml (names are XML-escaped there). */
export function sheetNames(workbookXml: string): string[] {
  const unescape = (s: string): string =>
    s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
      e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10)),
    );
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\sname="([^"]*)"/g)].map((m) => unescape(m[1]!));
}

/**
 * Inflates the workbook's XML once, keeping nothing but counts and the small
 * workbook part, and stops at the first bound crossed.
 */
export function guardWorkbook(bytes: Uint8Array, limits: { unzipped: number; cells: number } = { unzipped: MAX_UNZIPPED_BYTES, cells: MAX_SHEET_CELLS }): GuardResult {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, code: 'not-a-workbook', reason: 'not an .xlsx workbook (not a zip archive)' };
  let unzipped = 0;
  let failure: { code: SkipCode; reason: string } | undefined;
  const workbook: Uint8Array[] = [];
  let workbookBytes = 0;
  const extents: SheetExtent[] = [];
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  const files: UnzipFile[] = [];
  unzip.onfile = (file) => {
    if (!/\.(?:xml|rels)$/.test(file.name)) return;
    files.push(file);
    const extent: SheetExtent | undefined = /^xl\/worksheets\/[^/]+\.xml$/.test(file.name) ? { rows: 0, maxColumn: 0, tail: '' } : undefined;
    if (extent) extents.push(extent);
    file.ondata = (error, data) => {
      if (failure) return;
      if (error) {
        failure = { code: 'bad-workbook', reason: `damaged .xlsx workbook (${file.name}: ${error.message})` };
        return;
      }
      unzipped += data.length;
      if (unzipped > limits.unzipped) {
        failure = { code: 'too-large', reason: `workbook inflates to over ${limits.unzipped / 1e6} MB of XML (a zip bomb?)` };
        return;
      }
      if (file.name === WORKBOOK && (workbookBytes += data.length) <= WORKBOOK_MAX) workbook.push(data);
      if (extent) {
        scanSheet(extent, data);
        if (extent.rows * extent.maxColumn > limits.cells) {
          failure = { code: 'too-large', reason: `a sheet of ${extent.rows} rows reaching column ${extent.maxColumn} is over ${limits.cells / 1e6} million cells` };
        }
      }
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK) unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch (error) {
    failure = { code: 'bad-workbook', reason: `damaged .xlsx workbook (${error instanceof Error ? error.message : String(error)})` };
  }
  for (const file of files) file.terminate();
  if (failure) return { ok: false, ...failure };
  const sheets = sheetNames(Buffer.concat(workbook).toString('utf8'));
  if (sheets.length === 0) return { ok: false, code: 'not-a-workbook', reason: 'no sheets found (is this an .xlsx workbook?)' };
  return { ok: true, sheets, unzipped };
}
