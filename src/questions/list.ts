import fs from 'node:fs';
import path from 'node:path';
import { CscTagError } from '../model/errors.js';

/** One question of a consultation's own list (`--questions`). */
export interface ListedQuestion {
  number: string | null;
  text: string;
}

/** One question per line, optionally numbered: `7.`, `7)`, `Q7:`, `Question 7:`, `12a.`; blank lines and `#` comments are ignored. */
export function parseQuestionList(text: string): ListedQuestion[] {
  const out: ListedQuestion[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const numbered = /^(?:question\s*|q\s*)?(\d{1,3}[a-z]?)\s*[.):\-–]\s*(.+)$/i.exec(line);
    out.push(numbered ? { number: numbered[1]!.toLowerCase(), text: numbered[2]!.trim() } : { number: null, text: line });
  }
  return out;
}

/** The consultation's own question list (--questions), one question per line. */
export function readQuestionList(file: string, cwd: string): ListedQuestion[] {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new CscTagError('questions-unreadable', `cannot read the question list (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  const list = parseQuestionList(text);
  if (list.length === 0) throw new CscTagError('questions-empty', 'the question list has no questions (one per line, optionally numbered)', file);
  return list;
}

/** Fewer questions than this is a short letter that asks things, not a list. */
const LIST_MIN_QUESTIONS = 3;
const LIST_LINE_MAX = 400;

/**
 * Whether a document reads as a consultation's list of questions rather
 * than a response: at least three lines, each a question (ending in `?`,
 * numbered or not, list markers and `#` allowed), with at most a title line
 * before them and no answer between them. Returns how many questions, or 0.
 * Such a file left among the responses would otherwise be tagged as one
 * more respondent who asked everything and answered nothing.
 */
export function questionListSize(text: string): number {
  const lines = text
    .split('\n')
    .map((line) => line.trim().replace(/^(?:#+|[-*•]|\d{1,3}[a-z]?[.)])\s*/i, ''))
    .filter((line) => line !== '');
  const asks = (line: string): boolean => line.length <= LIST_LINE_MAX && /\?["'”’)]*$/.test(line);
  const body = lines.length > 0 && !asks(lines[0]!) ? lines.slice(1) : lines;
  return body.length >= LIST_MIN_QUESTIONS && body.every(asks) ? body.length : 0;
}
