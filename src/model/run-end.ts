import type { Campaign, DiscoveredProse, Ignored, QuestionGroup, Report, Skipped, Summary, UnmatchedQuestion } from './schema.js';

/**
 * What every report knows before the first document: who made it, which
 * themes it counts and, for the formats that carry a codebook (qdpx, qdc,
 * html), what each theme means in the rules' own words.
 */
export type Meta = { generator: Report['generator']; themes: string[]; descriptions?: Record<string, string> };

/** What a run knows only when every document is done: what follows the documents in report.json. */
export interface RunEnd {
  questions: QuestionGroup[];
  unmatchedQuestions: UnmatchedQuestion[];
  /** Near-identical responses found across the run (src/discover/campaigns.ts). */
  campaigns: Campaign[];
  /** Themes discovered in the prose sections. */
  prose: DiscoveredProse;
  skipped: Skipped[];
  ignored: Ignored;
  summary: Summary;
}
