/**
 * Escaping for untrusted text (document text, file names, theme names from a
 * rules file) placed inside Markdown prose, headings and GFM table cells. The
 * goal: whatever Markdown or HTML the text contains, a CommonMark/GFM renderer
 * (GitHub, remark-gfm, markdown-it) shows exactly those characters, and a
 * table row keeps its columns; and the report still reads as plain text, so
 * a character gets a backslash only where a Markdown reader could take it
 * for syntax (`csc-tag 0.1.0` stays as it is). Renderers find syntax at
 * three moments, so the escaping has three layers:
 *
 * 1. While parsing. Anywhere in a line: code and emphasis (`` ` `` `*` `~`,
 *    and `_` unless it sits inside a word, where CommonMark never reads it as
 *    emphasis), link and footnote brackets (`[ ]`; with them escaped, `( )`
 *    and `!` can start nothing), table pipes (GFM removes the backslash of
 *    `\|` before splitting a row, so an escaped pipe never splits a cell),
 *    math (`$`, which GitHub renders) and the backslash itself. At the start
 *    of the text, which may start a line: heading, list, quote and rule
 *    markers (`# + - > =`, and `1.` or `1)` of an ordered list). A `#` after
 *    a space, which could close a heading.
 * 2. `<` becomes `&lt;`, so raw HTML (`<script>`, `<img onerror=...>`) and
 *    `<https://...>` autolinks cannot form, and `&` becomes `&amp;` where it
 *    would start an entity (`&lt;`, `&#60;`), so such text stays literal.
 * 3. After parsing. remark-gfm (mdast-util-gfm-autolink-literal) finds
 *    `www.`, `http://` and `name@host` links again in the decoded text, and
 *    GitHub finds @mentions the same way; by then backslashes are gone. A
 *    WORD JOINER (U+2060: invisible, no line break) inside `www.`, `://` and
 *    after `@` stops both passes. The cost: an address copied out of the
 *    rendered report carries the joiner. JSON and CSV keep the exact text.
 */

const WORD_JOINER = '\u2060';

/** Layer 1's characters anywhere in a line; a replacement string, not a function, is the fast path in V8. */
const ANYWHERE = /[\\`*~[\]|$]/g;
/** `_` that is not between two letters or digits: where it could open or close emphasis. */
const UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/**
 * What makes a line a heading (`# `), a list item (`- `, `+ `, `1. `, `1) `),
 * a quote (`>`), or, when the line is nothing else, a rule or a setext
 * underline (`---`, `===`); the digits of a list's number are kept.
 */
const LINE_START = /^(?:#(?=#{0,5}(?:\s|$))|[+-](?=\s|$)|>|\d{1,9}(?=[.)](?:\s|$))|[-=](?=[-= ]*$))/;
/** A `#` after white space: a run of them ends a heading's text. */
const CLOSING_HASH = /(?<=\s)#/g;
/** What would be read as a character reference: `&amp;`, `&#60;`, `&#x3c;`. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** White space and the C0 and C1 controls (\p{Cc}), without the slower Unicode-mode regex: all of them are in the BMP. */
const WHITESPACE_OR_CONTROL = /[\s\x00-\x1f\x7f-\x9f]+/g;
/** Anything collapsing would change inside a line: white space but a single space, or a control. */
const TO_COLLAPSE = /[^\S ]| {2}|[\x00-\x1f\x7f-\x9f]/;

/**
 * One line of text: runs of whitespace and control characters become one
 * space, because a newline would end a table row or a list item.
 */
export function collapseWhitespace(text: string): string {
  // Most text is already one line with single spaces: testing first saves building a copy of it.
  return (TO_COLLAPSE.test(text) ? text.replace(WHITESPACE_OR_CONTROL, ' ') : text).trim();
}

/** Untrusted text as literal inline Markdown, safe in prose, headings and table cells. */
export function escapeMarkdownInline(text: string): string {
  let out = collapseWhitespace(text);
  // Each pass only where its pattern occurs: most text holds no address.
  if (/www\./i.test(out)) out = out.replace(/(?<=www)(?=\.)/gi, WORD_JOINER);
  if (out.includes('://')) out = out.replace(/(?<=:)(?=\/\/)/g, WORD_JOINER);
  if (out.includes('@')) out = out.replace(/@/g, `@${WORD_JOINER}`);
  if (out.includes('&')) out = out.replace(ENTITY, '&amp;');
  out = out.replace(ANYWHERE, '\\$&');
  if (out.includes('_')) out = out.replace(UNDERSCORE, '\\_');
  if (out.includes('#')) out = out.replace(CLOSING_HASH, '\\#');
  const start = LINE_START.exec(out);
  // An ordered list's number keeps its digits: the `.` or `)` after them is what makes it a list.
  if (start) out = /\d/.test(start[0]) ? `${start[0]}\\${out.slice(start[0].length)}` : `\\${out}`;
  return out.includes('<') ? out.replace(/</g, '&lt;') : out;
}

/**
 * At most `max` characters of whitespace-collapsed text, cut at the last word
 * boundary and ended with `…`. Call it before escaping, so that a cut never
 * splits an escape or an entity.
 */
export function truncate(text: string, max: number): string {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`truncate: max must be a positive integer, got ${max}`);
  }
  // Collapsing only shortens text, so a prefix that still collapses to more than `max` gives the same cut as the whole.
  const prefix = text.length > PREFIX_FACTOR * max ? collapseWhitespace(text.slice(0, PREFIX_FACTOR * max)) : undefined;
  const flat = prefix !== undefined && prefix.length > max ? prefix : collapseWhitespace(text);
  if (flat.length <= max) return flat;
  let cut = max - 1; // room for the ellipsis
  const space = flat.lastIndexOf(' ', cut);
  // A word boundary that would drop more than half the room means one long
  // word or URL: cut inside it instead, but never between a surrogate pair.
  if (space > max / 2) cut = space;
  else if (isLowSurrogate(flat.charCodeAt(cut))) cut -= 1;
  return `${flat.slice(0, cut).trimEnd()}…`;
}

/** How much of a long text `truncate` collapses first: a quote is cut from a long sentence, not the whole of it. */
const PREFIX_FACTOR = 4;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
