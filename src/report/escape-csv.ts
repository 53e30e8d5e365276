/**
 * CSV injection defence. Excel, LibreOffice and Google Sheets treat a cell
 * that starts with `=`, `+`, `-` or `@` as a formula, and a leading tab or
 * carriage return can hide such a character from a naive check, so a
 * response saying `=HYPERLINK(...)` could run when an analyst opens the file.
 * Following the OWASP "CSV Injection" advice, such cells get a leading
 * apostrophe, which spreadsheets show as text and do not evaluate. Quoting
 * for RFC 4180 is a separate step (csv-stringify); quoting alone does not
 * stop a formula.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
