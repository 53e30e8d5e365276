import type { Campaign, DiscoveredProse, Ignored, Letters, QuestionGroup, QuestionMember, Report, Reviews, Skipped, Summary, UnmatchedQuestion } from './schema.js';

/**
 * What every report knows before the first document: who made it, which
 * themes it counts, for the formats that carry a codebook (qdpx, qdc,
 * html), what each theme means in the rules' own words and, for the
 * sentences of the By question sections (md, html), how each theme reads in
 * a sentence (its name where none is given).
 */
export type Meta = { generator: Report['generator']; themes: string[]; descriptions?: Record<string, string>; phrases?: Record<string, string> };

/**
 * A question group as a run's totals hold it: plain data, its counts and text without its members, which
 * a survey's group has one per respondent of (report.json writes them in their place, after `listed`).
 */
export type QuestionTotals = Omit<QuestionGroup, 'members'>;

/** A group's members a chunk at a time, in the order they joined, as often as it is iterated: a chunk is a piece of memory, never the whole group. */
export type MemberChunks = Iterable<QuestionMember[]>;

/**
 * Each group's members by group id (`q1`). A run keeps them in a temporary file until it closes, so the
 * layer that owns the run hands the reports this reader, and no report opens a file itself.
 */
export type GroupMembers = (groupId: string) => MemberChunks;

/** What a run knows only when every document is done: what follows the documents in report.json, its groups' members apart (see GroupMembers). */
export interface RunEnd {
  questions: QuestionTotals[];
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
