import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { CscTagError } from '../model/errors.js';
import type { Review } from '../model/review.js';
import { STANCE_LABELS } from '../model/stance-labels.js';
import type { StanceLabel } from '../model/schema.js';
import { decodeWindows1252 } from '../read/survey/csv-rows.js';
import { xlsxTable } from '../read/survey/xlsx-rows.js';

/** A reviews file larger than this is refused unread: it holds a line per reviewed segment, not the corpus. */
const MAX_REVIEWS_BYTES = 100e6;
const KEY = /^[0-9a-f]{8}-[0-9a-f]{8}$/;
/** What an analyst writes in review_themes for "none of the themes" (an empty cell leaves the tagger's themes). */
const NO_THEMES = new Set(['none', '-']);

/**
 * An analyst's reviews (--reviews, `eval --reviews`): a CSV or .xlsx whose
 * first row names its columns, among them `key` and `review_stance` and/or
 * `review_themes` (the whole set, `;`-separated, `none` for no theme), with
 * `review_note`, `file` and `question` read when present and any other
 * column ignored. So segments.csv, report.xlsx's segments sheet and the
 * review sheet (csc-tag review) go straight back once filled in. A row with
 * neither review cell filled is no review. A mistake names the file, the
 * row and the cell, and stops the run before anything is written.
 */
export async function readReviewsFile(file: string, cwd: string, themes: readonly string[]): Promise<Review[]> {
  const where = path.resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    if (fs.statSync(where).size > MAX_REVIEWS_BYTES) throw new CscTagError('reviews-invalid', `over ${MAX_REVIEWS_BYTES / 1e6} MB: not a reviews file`, file);
    bytes = fs.readFileSync(where);
  } catch (error) {
    if (error instanceof CscTagError) throw error;
    throw new CscTagError('reviews-unreadable', `cannot read the reviews (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  return reviewsFromRows(await tableRows(bytes, file), file, themes);
}

/** The file's rows as text cells: a workbook's first sheet (its `Responses` sheet if it has one), else CSV. */
async function tableRows(bytes: Uint8Array, file: string): Promise<string[][]> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const table = await xlsxTable(bytes);
    if (!table.ok) throw new CscTagError('reviews-invalid', table.reason, file);
    return [...table.rows].map((row) => row.cells);
  }
  const text = decodeText(bytes);
  try {
    return parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new CscTagError('reviews-invalid', `not a CSV file (${error instanceof Error ? error.message : String(error)})`, file);
  }
}

/**
 * Comma, semicolon (Excel in many European locales) or tab: whichever the
 * header row uses most. Only the header: review_themes holds semicolons.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string): number => header.split(d).length;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
}

/** UTF-8 (with or without a BOM), UTF-16 LE with a BOM, or Windows-1252 as Excel re-saves a CSV. */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** The reviews in a table's rows; exported for tests. */
export function reviewsFromRows(rows: readonly string[][], file: string, themes: readonly string[]): Review[] {
  const header = (rows[0] ?? []).map((name) => name.trim().toLowerCase());
  const column = (name: string): number => header.indexOf(name);
  const [key, stance, themeCell, note, fileCell, question] = ['key', 'review_stance', 'review_themes', 'review_note', 'file', 'question'].map(column) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (key < 0 || (stance < 0 && themeCell < 0)) throw new CscTagError('reviews-invalid', 'the first row must name a `key` column and `review_stance` and/or `review_themes`', file);
  const byKey = new Map<string, { review: Review; row: number }>();
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (at: number): string => (at < 0 ? '' : unneutralised(cells[at] ?? '').trim());
    const bad = (detail: string): CscTagError => new CscTagError('reviews-invalid', `row ${row}: ${detail}`, file);
    if (cell(stance) === '' && cell(themeCell) === '') return;
    const k = cell(key).toLowerCase();
    if (!KEY.test(k)) throw bad(`key "${cell(key)}" is not a segment key (the key column of segments.csv)`);
    const review: Review = {
      key: k,
      stance: cell(stance) === '' ? null : stanceOf(cell(stance), bad),
      themes: cell(themeCell) === '' ? null : themesOf(cell(themeCell), themes, bad),
      note: cell(note) || null,
      file: cell(fileCell) || null,
      question: cell(question) || null,
    };
    const earlier = byKey.get(k);
    if (earlier && JSON.stringify(earlier.review) !== JSON.stringify(review)) throw bad(`key ${k} is reviewed differently in row ${earlier.row}`);
    if (!earlier) byKey.set(k, { review, row });
  });
  return [...byKey.values()].map((r) => r.review);
}

function stanceOf(text: string, bad: (detail: string) => Error): StanceLabel {
  const label = text.toLowerCase();
  if (!(STANCE_LABELS as readonly string[]).includes(label)) throw bad(`review_stance "${text}" is not a stance (${STANCE_LABELS.join(', ')})`);
  return label as StanceLabel;
}

function themesOf(text: string, themes: readonly string[], bad: (detail: string) => Error): string[] {
  if (NO_THEMES.has(text.toLowerCase())) return [];
  const names = [...new Set(text.split(';').map((t) => t.trim().toLowerCase()))].filter(Boolean);
  const unknown = names.find((name) => !themes.includes(name));
  if (unknown !== undefined) throw bad(`review_themes: "${unknown}" is not a theme of the rules (${themes.join(', ')}; none for no theme)`);
  return names;
}

/** Report CSVs put an apostrophe before a cell that starts like a formula (report/escape-csv.ts): it is taken off again. */
const unneutralised = (value: string): string => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);
