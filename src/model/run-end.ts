import type { Campaign, DiscoveredProse, Ignored, Letters, QuestionGroup, Report, Reviews, Skipped, Summary, UnmatchedQuestion } from './schema.js';

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
  /** Only with --reviews: how many applied, and the stale ones. */
  reviews?: Reviews;
  /** Only with --proposal or --questions: the letters' row. */
  letters?: Letters;
  summary: Summary;
}
