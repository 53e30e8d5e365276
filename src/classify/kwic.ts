import { CscTagError } from '../model/errors.js';
import { compilePhrase, matchAt } from '../text/phrase.js';
import { TokenRun } from '../text/tokens.js';

export interface KwicLine {
  /** [start, end) of the match in the text. */
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * Keyword in context: every place `term` (a word, matched on its stem, or a
 * phrase in rule syntax) occurs, with `width` characters either side, so a
 * rule can be tried on a corpus before it is added. A term that is no phrase
 * is the caller's mistake: a CscTagError (`usage`) saying why.
 */
export function kwic(text: string, term: string, width = 40): KwicLine[] {
  const phrase = compilePhrase(term);
  if (typeof phrase === 'string') throw new CscTagError('usage', `term ${phrase}`);
  const run = new TokenRun(text);
  const lines: KwicLine[] = [];
  for (let i = 0; i < run.length; i++) {
    const to = matchAt(phrase, run, i);
    if (to < 0) continue;
    const start = run.starts[i]!;
    const end = run.ends[to - 1]!;
    lines.push({
      start,
      end,
      left: oneLine(text.slice(Math.max(0, start - width), start)).padStart(width),
      match: oneLine(text.slice(start, end)),
      right: oneLine(text.slice(end, end + width)),
    });
    i = to - 1;
  }
  return lines;
}
