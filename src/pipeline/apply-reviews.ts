import type { Review, ReviewIndex } from '../model/review.js';
import { reasonText } from '../model/stance-reasons.js';
import type { DocumentReport, Segment, Stance, ThemeTag } from '../model/schema.js';

/** What a reviewed stance says of itself; the analyst's note is in the segment's `review`. */

/**
 * Applies an analyst's reviews to a tagged document: a pure step after
 * tagging, run wherever the document was tagged (a worker or the main
 * thread), so a run with reviews is as byte-identical as one without. A
 * reviewed stance wins with source `reviewed`; reviewed themes replace the
 * tagger's, keeping the evidence of those the analyst kept. The tagger's own
 * labels stay beside them in `review`.
 */
export function applyReviews(doc: DocumentReport, reviews: ReviewIndex | undefined, themes: readonly string[]): DocumentReport {
  if (!reviews || reviews.size === 0 || !doc.segments.some((s) => reviews.has(s.key))) return doc;
  return { ...doc, segments: doc.segments.map((s) => reviewed(s, reviews.get(s.key), themes)) };
}

function reviewed(segment: Segment, review: Review | undefined, themes: readonly string[]): Segment {
  if (!review) return segment;
  const stance: Stance | null = review.stance === null ? null : { label: review.stance, source: 'reviewed', confidence: 1, code: 'reviewed', reason: reasonText('reviewed'), evidence: [] };
  const tags: ThemeTag[] | null = review.themes === null ? null : reviewedThemes(segment.themes, review.themes, themes);
  return {
    ...segment,
    stance: stance ?? segment.stance,
    themes: tags ?? segment.themes,
    review: { note: review.note, stance: stance ? segment.stance : null, themes: tags ? segment.themes : null },
  };
}

/** The analyst's themes in the run's theme order; one the tagger also found keeps its evidence. */
function reviewedThemes(tagger: readonly ThemeTag[], names: readonly string[], themes: readonly string[]): ThemeTag[] {
  const wanted = new Set(names);
  return themes.filter((theme) => wanted.has(theme)).map((theme) => tagger.find((t) => t.theme === theme) ?? { theme, score: 1, evidence: [] });
}
