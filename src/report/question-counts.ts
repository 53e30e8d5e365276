import type { QuestionGroup } from '../model/schema.js';
import { ANSWERED_LABELS } from '../model/stance-labels.js';

/** A count of a question group, or a count as a share of those who answered (`of`), for a format to write in its own way. */
export type CountCell = { count: number } | { count: number; of: number };

/**
 * The count columns questions.csv and report.xlsx share, in order: who
 * responded and answered, each answered stance with its share, those who gave
 * no answer, and per theme the respondents raising it.
 */
export function countHeaders(themes: readonly string[]): string[] {
  return ['respondents', 'answered', ...ANSWERED_LABELS.flatMap((l) => [l, `${l}_pct`]), 'no_answer', ...themes.map((t) => `theme_${t}`)];
}

export function countCells(group: QuestionGroup, themes: readonly string[]): CountCell[] {
  return [
    { count: group.respondents },
    { count: group.answered },
    ...ANSWERED_LABELS.flatMap((l) => [{ count: group.stance[l] }, { count: group.stance[l], of: group.answered }]),
    { count: group.stance.none },
    ...themes.map((t) => ({ count: group.themes[t] ?? 0 })),
  ];
}
