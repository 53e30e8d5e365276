/**
 * Who a document is from, named only from places that say so (issue 26):
 * the source's own author fields (an e-mail's sender or organisation, a
 * document's author or company, a Markdown front matter `author:`), a
 * `Name:` line near the top, or the name under a letter's closing. Never a
 * title or a page's first line (`Correspondence`), a question line, or a
 * property a template or a computer filled in (`Template Report template`,
 * `date`, a login name).
 */

/** Attributes that name who wrote the document, most telling first; `title` and `subject` do not. */
const NAMING_ATTRIBUTES = ['organisation', 'sender', 'author', 'name', 'email'] as const;
/** Lines read for a `Name:` line: it heads a response, it does not sit in an answer. */
const HEAD_LINES = 60;
/** Lines read under a letter's closing for the signer. */
const SIGNATURE_LINES = 4;
/** Characters at the end read for a letter's closing and signer. */
const TAIL_CHARS = 2000;
const MAX_NAME = 100;
const MAX_WORDS = 12;

const NAME_LABEL = [
  String.raw`(?:(?:your |full |respondent(?:'s)? |organisation(?:'s)? |organization(?:'s)? )?name`,
  String.raw`(?: of (?:the )?(?:respondent|organisation|organization))?`,
  String.raw`|organisation|organization|respondent|submitted by|response from)`,
].join('');
const NAME_LINE = new RegExp(String.raw`^\s*${NAME_LABEL}\s*:\s*(\S.*?)\s*$`, 'i');
const CLOSING = /^\s*(?:yours (?:sincerely|faithfully|truly)|(?:with )?(?:kind|best|warm) (?:regards|wishes)|regards|best),?\s*$/i;
/** What property fields hold when nobody typed a name: template and product defaults, placeholders, generic document labels. */
const PLACEHOLDERS = new Set([
  'normal',
  'user',
  'admin',
  'administrator',
  'owner',
  'author',
  'unknown',
  'anonymous',
  'none',
  'n/a',
  'na',
  'date',
  'title',
  'untitled',
  'document',
  'draft',
  'microsoft',
  'microsoft office',
  'microsoft office user',
  'windows user',
  'office user',
  'home',
  'personal',
  'hp',
  'dell',
  'lenovo',
  'acer',
  'correspondence',
  'response',
  'consultation response',
  'guidance',
  'press release',
  'policy paper',
]);
const isPlaceholder = (name: string): boolean => /template/i.test(name) || PLACEHOLDERS.has(name.toLowerCase().replace(/\d+$/, ''));
const DATE_LIKE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}\b/i;
const QUESTION_LINE = /\?\s*$|^\s*(?:q(?:uestion)?\s*\d|\d+[.)]\s)/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether `value` can be a person's or an organisation's name. */
export function isPlausibleName(value: string): boolean {
  const name = value.replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > MAX_NAME || name.split(' ').length > MAX_WORDS) return false;
  if (isPlaceholder(name) || DATE_LIKE.test(name) || QUESTION_LINE.test(name)) return false;
  if (EMAIL.test(name)) return true;
  // A login rather than a name: one token in lower case, or with digits, a backslash, an underscore or an inner dot.
  if (!name.includes(' ') && (name === name.toLowerCase() || /[\d\\_]|\w\.\w/.test(name))) return false;
  return /\p{L}/u.test(name);
}

/** The first `count` lines of `text`. */
function headLines(text: string, count: number): string[] {
  let end = 0;
  for (let n = 0; n < count && end >= 0; n++) end = text.indexOf('\n', end + 1);
  return (end < 0 ? text : text.slice(0, end)).split('\n');
}

/** The value of a `Name:` line among the first lines. */
function nameLine(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const value = NAME_LINE.exec(line)?.[1];
    if (value && isPlausibleName(value)) return value;
  }
  return undefined;
}

/** The first plausible name in the few lines under the last closing (`Yours sincerely,`). */
function signature(lines: readonly string[]): string | undefined {
  let closing = -1;
  for (let i = lines.length - 1; i >= 0 && closing < 0; i--) if (CLOSING.test(lines[i]!)) closing = i;
  if (closing < 0) return undefined;
  for (const line of lines.slice(closing + 1, closing + 1 + SIGNATURE_LINES)) {
    const value = line.trim();
    // A signer's line is a name, not a sentence.
    if (value && !/[.!?;:]$/.test(value) && isPlausibleName(value)) return value;
  }
  return undefined;
}

/** The respondent's name, or undefined when nothing reliable names them. */
export function respondentName(text: string, attributes: Readonly<Record<string, string>>, given?: string): string | undefined {
  const fields = NAMING_ATTRIBUTES.map((key) => attributes[key]).filter((v): v is string => Boolean(v));
  // The reader's choice among its author fields stands, when it is one of them and is a name.
  if (given && fields.includes(given) && isPlausibleName(given)) return given;
  const field = fields.find(isPlausibleName);
  if (field) return field;
  // Only the head and the tail are read: a long document is not split whole for a name.
  return nameLine(headLines(text, HEAD_LINES)) ?? signature(text.slice(-TAIL_CHARS).split('\n'));
}
