/**
 * The shapes a survey cell can have that say what its column holds whatever
 * the header: a date or time, an e-mail address, a URL (or an HTML link), a
 * UK postcode, a number, or a code (`R0001`, `2024-0153`). A column is typed
 * by the shape most of its answers share (see classify-columns.ts).
 */
export type ValueShape = 'date' | 'email' | 'url' | 'postcode' | 'number' | 'code';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const TIME = '\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?';
const ZONE = '(?:\\s*(?:z|utc|gmt|bst|[+-]\\d{2}:?\\d{2}))?';
const DATE = new RegExp(
  [
    `^\\d{4}-\\d{1,2}-\\d{1,2}(?:[t\\s]+${TIME}${ZONE})?$`,
    `^\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}(?:,?\\s+${TIME}${ZONE})?$`,
    `^(?:[a-z]{3,9},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}(?:,?\\s+(?:at\\s+)?${TIME}${ZONE})?$`,
    `^(?:[a-z]{3,9},?\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?:,?\\s+(?:at\\s+)?${TIME}${ZONE})?$`,
    `^${TIME}${ZONE}$`,
  ].join('|'),
  'i',
);
const EMAIL = /^(?:[^\s@<>"]+ )*<?[^\s@<>"]+@[^\s@<>".]+(?:\.[^\s@<>".]+)+>?$/;
const URL_SHAPE = /^(?:(?:https?|ftp):\/\/|www\.)\S+$|^<a\s[^>]*href\s*=/i;
const POSTCODE = /^(?:[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}|gir\s*0aa)$/i;
const NUMBER = /^[-+]?[£$€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;
/** Letters and digits with at least one digit and no space: a reference, not a word. */
const CODE = /^(?=[^\s]*\d)[a-z0-9][a-z0-9_\-/.#]{0,31}$/i;

const CHECKS: readonly [ValueShape, RegExp][] = [
  ['date', DATE],
  ['email', EMAIL],
  ['url', URL_SHAPE],
  ['postcode', POSTCODE],
  ['number', NUMBER],
  ['code', CODE],
];

/** Whether `value` has `shape`. */
export function hasShape(value: string, shape: ValueShape): boolean {
  return CHECKS.find(([s]) => s === shape)![1].test(value);
}

/**
 * The first shape (in the order above: a date before a number, a number
 * before a code) that at least `share` of the values have, with how many do.
 */
export function commonShape(values: readonly string[], share: number): { shape: ValueShape; count: number } | undefined {
  if (values.length === 0) return undefined;
  for (const [shape, test] of CHECKS) {
    let count = 0;
    for (const v of values) if (test.test(v)) count++;
    if (count >= share * values.length) return { shape, count };
  }
  return undefined;
}

/** Whether every value is a whole number from 0 to `max`: the points of a numeric scale (1-5, 0-10). */
export function isNumericScale(values: readonly string[], max: number): boolean {
  return values.length > 0 && values.every((v) => /^\d{1,2}$/.test(v) && Number(v) <= max);
}
