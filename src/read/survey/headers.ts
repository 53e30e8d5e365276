import type { TableRow } from './types.js';

/** `A`, `B`, ... `Z`, `AA`: the column letters a spreadsheet shows, from a 0-based index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const isBlankRow = (row: TableRow): boolean => row.cells.every((cell) => cell.trim() === '');

/** A short column id of the kind a first header row holds: `Q1`, `Q3a`, `P1Q8`, `ID`, `Type`. */
const SHORT_ID = /^(?:[A-Za-z]{1,12}[ _.-]?)?\d{0,3}(?:[ _.-]?[A-Za-z]{0,2}\d{0,3})*$/;

/**
 * Whether a second row also holds headers: some exports put short ids in the
 * first row (`Q1`, `Q2`) and the question text in the second. Taken so when
 * the first row is all short ids, several with a number, and the second row
 * asks questions where the first has numbered ids.
 */
export function isSecondHeaderRow(first: TableRow, second: TableRow): boolean {
  const ids = first.cells.map((c) => c.trim()).filter(Boolean);
  if (ids.length === 0 || !ids.every((id) => id.length <= 16 && SHORT_ID.test(id))) return false;
  const numbered = first.cells.map((c, i) => ({ id: c.trim(), text: (second.cells[i] ?? '').trim() })).filter((c) => /\d/.test(c.id));
  if (numbered.length < 2) return false;
  const asking = numbered.filter((c) => c.text.endsWith('?') || /^(?:do|does|are|is|should|what|how|which|please|to what extent)\b/i.test(c.text));
  return asking.length * 2 >= numbered.length;
}

/**
 * A question number at the start of a header, and where the question's words
 * begin: `Q1 - Do you agree` gives `1`; `Question 3a: ...` gives `3a`;
 * `1. What ...` gives `1`; a compound id such as `Prop 1 Q8` is kept as written.
 */
export function headerNumber(header: string): { number: string | null; rest: string } {
  const compound = /^\s*((?:prop(?:osal)?|part|section|theme)\s*\d+[a-z]?\s*[-_.:]?\s*q(?:uestion)?\s*\d+[a-z]?)\b[\s.:)\-–—]*/i.exec(header);
  if (compound) return { number: compound[1]!.replace(/\s+/g, ' '), rest: header.slice(compound[0].length) };
  const simple = /^\s*(?:q(?:uestion)?\s*\.?\s*)(\d+(?:\.\d+)?[a-z]?)\b[\s.:)\-–—]*/i.exec(header) ?? /^\s*(\d{1,3}[a-z]?)[.)]\s+/i.exec(header);
  if (simple) return { number: simple[1]!.toLowerCase(), rest: header.slice(simple[0].length) };
  return { number: null, rest: header };
}
