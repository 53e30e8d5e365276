import { shorten } from '../text-utils.js';
import type { DocumentReport, Evidence, Segment, Stance, ThemeTag } from './schema.js';

/**
 * What the run's totals (summary counts and question groups) read of a
 * document: a document report satisfies it as it is, and `digestOf` cuts one
 * down to it, so a worker thread sends the main thread a few hundred bytes
 * per document instead of its whole text.
 */
export type DigestSegment = Pick<Segment, 'id' | 'kind' | 'number' | 'question'> & {
  stance: Pick<Stance, 'label' | 'source'> & { evidence: Pick<Evidence, 'role' | 'text' | 'line'>[] };
  themes: Pick<ThemeTag, 'theme'>[];
};
export type DocumentDigest = Pick<DocumentReport, 'file' | 'title'> & { respondent: Pick<DocumentReport['respondent'], 'name'>; segments: DigestSegment[] };

/** Longest quote the totals keep (the question view shows one per respondent). */
export const DIGEST_QUOTE_MAX = 200;

export function digestOf(doc: DocumentReport): DocumentDigest {
  return {
    file: doc.file,
    title: doc.title,
    respondent: doc.respondent.name === undefined ? {} : { name: doc.respondent.name },
    segments: doc.segments.map((s) => {
      const decides = s.stance.evidence.find((e) => e.role === 'decides');
      return {
        id: s.id,
        kind: s.kind,
        number: s.number,
        question: s.question,
        stance: { label: s.stance.label, source: s.stance.source, evidence: decides ? [{ role: decides.role, text: shorten(decides.text, DIGEST_QUOTE_MAX), line: decides.line }] : [] },
        themes: s.themes.map((t) => ({ theme: t.theme })),
      };
    }),
  };
}
