import { segmentQuote } from '../questions/quote.js';
import type { GroupMembers, QuestionTotals } from '../model/run-end.js';
import type { DocumentReport, Segment } from '../model/schema.js';

/**
 * One row per segment, for segments.csv and the workbook's segments sheet:
 * the columns an analyst filters and joins on. `question_group` joins
 * questions.csv's `id`; it is known only once every document is in, so rows
 * are made with it empty and filled by `withGroups`.
 */
const LEADING = ['file', 'id', 'key', 'kind', 'number', 'question', 'stance', 'source', 'confidence'];
/**
 * The review columns come last, empty until an analyst fills them in (or a
 * review was applied): the file then goes back as --reviews as it is.
 */
export const REVIEW_COLUMNS = ['review_stance', 'review_themes', 'review_note'] as const;
const TRAILING = ['quote', 'quote_line', 'question_group', 'respondent', 'stance_reason', 'answer', ...REVIEW_COLUMNS];

export function segmentColumns(themes: readonly string[]): string[] {
  return [...LEADING, ...themes.map((theme) => `theme_${theme}`), ...TRAILING];
}

/** A document's rows, question_group still empty. */
export function segmentRows(doc: DocumentReport, themes: readonly string[]): string[][] {
  // The respondent's name: its id is the document's name, the `file` column already.
  const respondent = doc.respondent.name ?? '';
  return doc.segments.map((segment) => segmentRow(doc.file, respondent, segment, themes));
}

function segmentRow(file: string, respondent: string, segment: Segment, themes: readonly string[]): string[] {
  const { stance } = segment;
  const quote = segmentQuote(segment);
  return [
    file,
    segment.id,
    segment.key,
    segment.kind,
    segment.number ?? '',
    segment.question ?? '',
    stance.label,
    stance.source,
    stance.confidence.toFixed(2),
    ...themes.map((theme) => (segment.themes.some((tag) => tag.theme === theme) ? '1' : '0')),
    quote?.text ?? '',
    quote === undefined ? '' : String(quote.line),
    '',
    respondent,
    stance.reason,
    segment.answer,
    ...reviewCells(segment),
  ];
}

/** A review applied to the segment, as an analyst would write it in the review columns. */
export function reviewCells(segment: Segment): [stance: string, themes: string, note: string] {
  const { review } = segment;
  if (!review) return ['', '', ''];
  const themes = segment.themes.map((t) => t.theme);
  return [review.stance ? segment.stance.label : '', review.themes ? themes.join(';') || 'none' : '', review.note ?? ''];
}

/** Fills each row's question_group from the run's groups (`file\0id` → group id). */
export function withGroups(rows: string[][], themes: readonly string[], groupOf: ReadonlyMap<string, string>): string[][] {
  const at = LEADING.length + themes.length + TRAILING.indexOf('question_group');
  return rows.map((row) => {
    const filled = [...row];
    filled[at] = groupOf.get(`${row[0]}\0${row[1]}`) ?? '';
    return filled;
  });
}

/** Where each question segment landed: `file\0id` → question group id. */
export function groupIndex(questions: readonly QuestionTotals[], members: GroupMembers): Map<string, string> {
  const index = new Map<string, string>();
  // A chunk of members at a time, as the other views read them, rather than each group whole.
  for (const group of questions) for (const chunk of members(group.id)) for (const m of chunk) index.set(`${m.file}\0${m.id}`, group.id);
  return index;
}
