import { BOM, records } from './csv.js';
import { breakdownText } from './question-prose.js';
import type { GroupMembers, QuestionTotals } from '../model/run-end.js';
import type { Letters } from '../model/schema.js';
import { countCells, countHeaders, letterRow, letterRowAt, type CountCell } from './question-counts.js';

/**
 * questions.csv: one row per question group, with counts and percentages of
 * those who answered (the denominator in its own column, as government
 * consultation reports state it), per theme the respondents raising it, and
 * the stance by respondent attribute (survey exports). With --proposal, the
 * letters' position on it is a row of its own (`q1-letters`), after its question's.
 */
export function formatQuestionsCsv(questions: readonly QuestionTotals[], members: GroupMembers, themes: readonly string[], letters?: Letters): string {
  const cell = (c: CountCell): string => ('of' in c ? (c.of === 0 ? '' : ((100 * c.count) / c.of).toFixed(1)) : String(c.count));
  const header = ['id', 'number', 'question', ...countHeaders(themes), 'by_attribute'];
  const rows = questions.map((g) => [g.id, g.number ?? '', g.text, ...countCells(g, members(g.id), themes).map(cell), breakdownText(g)]);
  if (letters) {
    const row = letterRow(letters);
    const number = questions.find((q) => q.id === letters.question)?.number ?? '';
    rows.splice(letterRowAt(questions, letters), 0, [row.id, number, row.text, ...row.cells.map(cell), ...themes.map(() => ''), '']);
  }
  return BOM + records([header, ...rows]);
}
