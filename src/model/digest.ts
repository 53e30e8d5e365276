import type { DocumentReport, Evidence, Point, Segment, Stance, ThemeTag } from './schema.js';

/**
 * What the run's totals (summary counts and question groups) read of a
 * document: a document report satisfies it as it is, and `digestOf`
 * (totals/digest.ts) cuts one down to it, so a worker thread sends the main
 * thread a few hundred bytes per document instead of its whole text. The
 * question view reads it too, so the shape sits below both.
 */
export type DigestSegment = Pick<Segment, 'id' | 'kind' | 'number' | 'question' | 'columns'> & {
  /** The segment's key, which the run's count of reviews reads. */
  key?: string;
  stance: Pick<Stance, 'label' | 'source' | 'code' | 'reason'> & { evidence: Pick<Evidence, 'role' | 'text' | 'line'>[] };
  themes: Pick<ThemeTag, 'theme'>[];
  /** The question view's quote (keyQuote), worked out where the document was tagged; a whole segment has none and gives it from its text. */
  quote?: Pick<Evidence, 'text' | 'line'> | null;
  /** The answer's text and where it starts in the document, for theme discovery and campaign detection; a whole segment gives it from its own. */
  answerSpan?: { text: string } & Point;
};
export type DocumentDigest = Pick<DocumentReport, 'file' | 'title'> & {
  respondent: Partial<Pick<DocumentReport['respondent'], 'name' | 'attributes'>>;
  segments: DigestSegment[];
  /** A letter's position on the main proposal (--proposal), for its row of the totals. */
  letter?: { stance: Pick<Stance, 'label'> };
};

/** Longest quote the totals keep (the question view shows one per respondent). */
export const DIGEST_QUOTE_MAX = 200;
