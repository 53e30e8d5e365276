import type { QuestionGroup, Skipped, Summary, UnmatchedQuestion } from './schema.js';

/** What a run knows only when every document is done: what follows the documents in report.json. */
export interface RunEnd {
  questions: QuestionGroup[];
  unmatchedQuestions: UnmatchedQuestion[];
  skipped: Skipped[];
  summary: Summary;
}
