import type { QuestionGroup } from '../model/schema.js';
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

export function countCells(group: QuestionGroup, themes: readonly string[]): CountCell[] {
  const counts = proseCounts(group);
  return [
    { count: group.respondents },
    { count: group.answered },
    ...COUNTED.flatMap((l) => [{ count: counts[l] }, { count: counts[l], of: group.answered }]),
    { count: group.stance.none },
    ...themes.map((t) => ({ count: group.themes[t] ?? 0 })),
  ];
}
