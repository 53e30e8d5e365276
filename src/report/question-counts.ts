import type { MemberChunks, QuestionTotals } from '../model/run-end.js';
import type { Letters } from '../model/schema.js';
import { ANSWERED_LABELS } from '../model/stance-labels.js';
import { proseCounts } from './question-prose.js';

/** A count of a question group, or a count as a share of those who answered (`of`), for a format to write in its own way. */
export type CountCell = { count: number } | { count: number; of: number };

/**
 * The count columns questions.csv and report.xlsx share, in order: who
 * responded and answered, each answered stance with its share, the answers
 * to an open question (which asks no position: not "neutral"), those who
 * gave no answer, and per theme the respondents raising it.
 */
const COUNTED = [...ANSWERED_LABELS, 'open'] as const;
const COLUMN: Record<(typeof COUNTED)[number], string> = { agree: 'agree', neutral: 'neutral', disagree: 'disagree', open: 'no_position_asked' };

export function countHeaders(themes: readonly string[]): string[] {
  return ['respondents', 'answered', ...COUNTED.flatMap((l) => [COLUMN[l], `${COLUMN[l]}_pct`]), 'no_answer', ...themes.map((t) => `theme_${t}`)];
}

export function countCells(group: QuestionTotals, members: MemberChunks, themes: readonly string[]): CountCell[] {
  const counts = proseCounts(group, members);
  return [
    { count: group.respondents },
    { count: group.answered },
    ...COUNTED.flatMap((l) => [{ count: counts[l] }, { count: counts[l], of: group.answered }]),
    { count: group.stance.none },
    ...themes.map((t) => ({ count: group.themes[t] ?? 0 })),
  ];
}

/** The letters' row (--proposal): its id, its label, and the same count columns, themes left out (letters are not counted by theme here). */
export function letterRow(letters: Letters): { id: string; text: string; cells: CountCell[] } {
  const answered = letters.documents - letters.stance.none;
  return {
    id: letters.question === null ? 'letters' : `${letters.question}-letters`,
    text: `Letters (documents that answer no question) on: ${letters.proposal}`,
    cells: [
      { count: letters.documents },
      { count: answered },
      ...ANSWERED_LABELS.flatMap((l) => [{ count: letters.stance[l] }, { count: letters.stance[l], of: answered }]),
      { count: 0 },
      { count: 0, of: answered },
      { count: letters.stance.none },
    ],
  };
}

/** Where the letters' row goes among the question rows: after its question, else last. */
export function letterRowAt(questions: readonly QuestionTotals[], letters: Letters): number {
  const at = questions.findIndex((q) => q.id === letters.question);
  return at < 0 ? questions.length : at + 1;
}
