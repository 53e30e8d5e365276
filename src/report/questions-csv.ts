import { BOM, records } from './csv.js';
import type { QuestionGroup } from '../model/schema.js';
import { ANSWERED_LABELS } from '../model/stance-labels.js';

/**
 * questions.csv: one row per question group, with counts and percentages of
 * those who answered (the denominator in its own column, as government
 * consultation reports state it), and per theme the respondents raising it.
 */
export function formatQuestionsCsv(questions: readonly QuestionGroup[], themes: readonly string[]): string {
  const pct = (n: number, of: number): string => (of === 0 ? '' : ((100 * n) / of).toFixed(1));
  const header = ['id', 'number', 'question', 'respondents', 'answered', ...ANSWERED_LABELS.flatMap((l) => [l, `${l}_pct`]), 'no_answer', ...themes.map((t) => `theme_${t}`)];
  const rows = questions.map((g) => [
    g.id,
    g.number ?? '',
    g.text,
    String(g.respondents),
    String(g.answered),
    String(g.stance.agree),
    pct(g.stance.agree, g.answered),
    String(g.stance.neutral),
    pct(g.stance.neutral, g.answered),
    String(g.stance.disagree),
    pct(g.stance.disagree, g.answered),
    String(g.stance.none),
    ...themes.map((t) => String(g.themes[t] ?? 0)),
  ]);
  return BOM + records([header, ...rows]);
}
