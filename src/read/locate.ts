import { firstNotBefore } from '../text/utils.js';

/**
 * A point in the decoded text, in the unist/remark convention so positions
 * from remark-parse pass through unchanged: `line` and `column` start at 1,
 * `offset` starts at 0, all counted in JavaScript string units (UTF-16 code
 * units), not bytes or code points.
 */
export interface TextPoint {
  line: number;
  column: number;
  offset: number;
}

export type Locator = (offset: number) => TextPoint;

/**
 * The one place offsets become line and column. Line starts are found once,
 * so each lookup is a binary search rather than a scan from the top.
 * Expects text from decode(), where every line ending is LF.
 */
export function createLocator(text: string): Locator {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);

  return (offset) => {
    // Clamp so an end offset just past the text, or a stale one, still names a real place.
    const at = Math.min(Math.max(offset, 0), text.length);
    // The last line start at or before `at` (the first, 0, always is).
    const line = firstNotBefore(lineStarts.length, (i) => lineStarts[i]! <= at) - 1;
    return { line: line + 1, column: at - lineStarts[line]! + 1, offset: at };
  };
}
