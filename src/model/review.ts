import type { StanceLabel } from './schema.js';

/**
 * An analyst's review of one segment, as read from a --reviews file (a CSV
 * or workbook with `key` and `review_stance` and/or `review_themes`). It
 * crosses to worker threads, so it is plain data.
 */
export interface Review {
  /** The segment's key (model/segment-key.ts). */
  key: string;
  /** The reviewed stance, or null to leave the tagger's. */
  stance: StanceLabel | null;
  /** The reviewed themes, the whole set (possibly empty), or null to leave the tagger's. */
  themes: string[] | null;
  note: string | null;
  /** What the reviews file's own `file` and `question` columns say, to name a stale review. */
  file: string | null;
  question: string | null;
}

/** Reviews by key, as the pipeline looks them up. */
export type ReviewIndex = ReadonlyMap<string, Review>;
