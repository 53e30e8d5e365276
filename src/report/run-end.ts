import type { Ignored, QuestionGroup, Report, Skipped, Summary, UnmatchedQuestion } from './schema.js';

/** What every report knows before the first document: who made it and which themes it counts. */
export type Meta = { generator: Report['generator']; themes: string[] };

/** What a run knows only when every document is done: what follows the documents in report.json. */
export interface RunEnd {
  questions: QuestionGroup[];
  unmatchedQuestions: UnmatchedQuestion[];
  skipped: Skipped[];
  ignored: Ignored;
  summary: Summary;
}
