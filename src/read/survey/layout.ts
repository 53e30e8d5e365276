import type { SkipCode } from '../../model/errors.js';
import { classifyColumns } from './classify-columns.js';
import { applyColumnMap } from './apply-column-map.js';
import { isBlankRow, isSecondHeaderRow } from './headers.js';
import type { ColumnPlan, SurveyLayout, SurveyReading, TableRow } from './types.js';

/** Data rows read before the columns are judged; they are kept and tagged like the rest. */
export const SAMPLE_ROWS = 200;
/** More named columns than this is no survey export (a sheet reaching column XFD, say). */
export const MAX_COLUMNS = 2000;

export type Planned =
  | {
      ok: true;
      layout: SurveyLayout;
      sampled: TableRow[];
      rest: AsyncIterator<TableRow> | Iterator<TableRow>;
      warnings: { code: string; message: string }[];
      /** Why the table is no survey (no free-text answer and no closed question), when it is none: it is then not tagged. */
      notSurvey: string | null;
    }
  | { ok: false; code: SkipCode; reason: string };

/**
 * Reads the header row (or two) and the first data rows, and decides what
 * each column holds. Blank rows before the header, between it and the data
 * (some exports leave one) and among the data are passed over.
 */
export async function planLayout(rows: AsyncIterable<TableRow> | Iterable<TableRow>, options: SurveyReading): Promise<Planned> {
  const it = Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
  const next = async (): Promise<TableRow | undefined> => {
    for (let r = await it.next(); !r.done; r = await it.next()) if (!isBlankRow(r.value)) return r.value;
    return undefined;
  };
  const first = await next();
  if (!first) return { ok: false, code: 'empty', reason: 'no header row (the file is empty)' };
  const named = first.cells.filter((c) => c.trim() !== '').length;
  if (named > MAX_COLUMNS) return { ok: false, code: 'too-wide', reason: `${named} named columns, over the limit of ${MAX_COLUMNS} for a survey export` };
  const sampled: TableRow[] = [];
  for (let row = await next(); row; row = sampled.length < SAMPLE_ROWS ? await next() : undefined) sampled.push(row);
  const wantTwo = options.columnMap?.headerRows;
  const two = wantTwo === 2 || (wantTwo === undefined && sampled[0] !== undefined && isSecondHeaderRow(first, sampled[0]));
  const header = two ? sampled.shift()! : first;
  const detected = classifyColumns({ header, ids: two ? first : undefined, sample: sampled, isClosedForm: options.isClosedForm, columnRules: options.columnRules });
  const warnings: { code: string; message: string }[] = [];
  let columns: ColumnPlan[] = detected;
  if (options.columnMap) {
    const applied = applyColumnMap(detected, options.columnMap);
    columns = applied.columns;
    for (const key of applied.unknown) warnings.push({ code: 'column-map-unknown', message: `--columns names "${key}", which is no column here` });
  }
  // The answers a survey collects: free text, or a closed question. Dates, links, names and search terms alone are some other table.
  const answers = columns.some((c) => c.kind === 'open' || c.kind === 'explanation' || c.kind === 'closed');
  const notSurvey = answers ? null : `no free-text answer column and no closed question (${kindCounts(columns)})`;
  return { ok: true, layout: { headerRows: two ? [first.row, header.row] : [first.row], columns }, sampled, rest: it, warnings, notSurvey };
}

/** `2 date, 1 url, 3 ignore`: what the columns were taken for, in column order of first appearance. */
function kindCounts(columns: readonly ColumnPlan[]): string {
  const counts = new Map<string, number>();
  for (const c of columns) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
}
