import type { SkipCode } from '../../model/errors.js';
import { stat } from 'node:fs/promises';
import { extensionOf } from '../extension.js';
import type { ReadSource } from '../formats/reader.js';
import { formatSize } from '../input-names.js';
import { fileSource } from '../source.js';
import { csvRows, sniffCsvEncoding } from './csv-rows.js';
import type { TableRow } from './types.js';

export type Table =
  | { ok: true; encoding: string; sheet: string | null; rows: AsyncIterable<TableRow> | Iterable<TableRow>; warnings: { code: string; message: string }[] }
  | { ok: false; code: SkipCode; reason: string };

/**
 * A survey export's rows. A CSV is streamed, so it has no size limit of its
 * own; a workbook is read whole (read-excel-file cannot stream), so
 * `maxFileSize` applies to it as to a text file.
 */
export async function openTable(source: ReadSource, workbook: boolean, maxFileSize: number): Promise<Table> {
  if (workbook) {
    if (source.size > maxFileSize) return { ok: false, code: 'too-large', reason: `workbook is ${formatSize(source.size)}, over the --max-file-size limit of ${formatSize(maxFileSize)}` };
    // Loaded when a workbook is met: read-excel-file is no small module graph.
    const { xlsxTable } = await import('./xlsx-rows.js');
    const table = await xlsxTable(await source.bytes());
    if (!table.ok) return table;
    return { ok: true, encoding: 'xlsx', sheet: table.sheet, rows: table.rows, warnings: [] };
  }
  const encoding = await sniffCsvEncoding(source);
  const warnings =
    encoding === 'windows-1252'
      ? [{ code: 'windows-1252', message: 'not valid UTF-8: read as Windows-1252, as Excel saves a CSV' }]
      : encoding === 'macintosh'
        ? [{ code: 'macintosh', message: 'not valid UTF-8: read as Mac Roman, as an older Mac saves a CSV' }]
        : [];
  return { ok: true, encoding, sheet: null, rows: csvRows(source, encoding), warnings };
}

/** The table of a survey file on disk, a workbook by its `.xlsx` name (`csc-tag columns`). */
export async function openTableFile(path: string, maxFileSize: number): Promise<Table> {
  return openTable(fileSource(path, (await stat(path)).size, maxFileSize), extensionOf(path) === '.xlsx', maxFileSize);
}
