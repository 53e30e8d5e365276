/**
 * A Markdown file's YAML front matter (`---` lines around `key: value`
 * lines at the very top, as Jekyll, Hugo and static-site exports write it)
 * is metadata about the file, not the response: it is blanked out of the
 * text to tag, line for line so that every later line keeps its number, and
 * its plain `key: value` scalars are kept as the respondent's attributes.
 * Nested YAML (lists, maps) is not needed for that and is not parsed.
 */

/** Front matter longer than this is no front matter (a `---` rule further down closes nothing). */
const MAX_LINES = 200;
/** Keys kept as attributes, with the attribute they become. */
const KEYS: Record<string, string> = { author: 'author', authors: 'author', name: 'name', organisation: 'organisation', organization: 'organisation', title: 'title', date: 'date', email: 'email' };
const MAX_VALUE = 200;

export interface FrontMatter {
  /** The text with the front matter's lines emptied (line breaks kept). */
  text: string;
  attributes: Record<string, string>;
}

/** A scalar value without its quotes; lists, maps and block scalars give nothing. */
function scalar(raw: string): string | undefined {
  let value = raw.replace(/\s+#.*$/, '').trim();
  if (value === '' || /^[[{|>&*!]/.test(value)) return undefined;
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) value = quoted[2]!.trim();
  return value && value.length <= MAX_VALUE ? value : undefined;
}

/** The front matter split from `text`, or undefined when it has none. */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  if (!/^---[ \t]*\n/.test(text)) return undefined;
  const lines = text.split('\n');
  let close = -1;
  for (let i = 1; i < Math.min(lines.length, MAX_LINES + 1); i++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i]!)) {
      close = i;
      break;
    }
  }
  if (close < 0) return undefined;
  const body = lines.slice(1, close);
  // Front matter is key: value lines (and their indented or list continuations); anything else is a Markdown rule and text.
  if (!body.some((l) => /^[A-Za-z_][\w-]*\s*:/.test(l)) || body.some((l) => l.trim() !== '' && !/^(?:[A-Za-z_][\w-]*\s*:|\s|-\s|#)/.test(l))) return undefined;
  const attributes: Record<string, string> = {};
  for (const line of body) {
    const m = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(line);
    const key = m ? KEYS[m[1]!.toLowerCase()] : undefined;
    const value = m ? scalar(m[2]!) : undefined;
    if (key && value && !(key in attributes)) attributes[key] = value;
  }
  const blanked = lines.map((line, i) => (i <= close ? '' : line)).join('\n');
  return { text: blanked, attributes };
}
