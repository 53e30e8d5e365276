import type { DocumentReport, Evidence, Respondent } from '../../model/schema.js';

/** A highlighted span of a segment's text: [start, end) from the segment's start, in UTF-16 units as the browser slices; what it is; the hover text. */
export type Mark = [number, number, 'stance' | 'theme', string];

/** A segment as the page shows it: its text, and every piece of evidence in place. */
export interface PageSegment {
  id: string;
  kind: 'question' | 'prose';
  number: string | null;
  question: string | null;
  heading: string | null;
  stance: string;
  source: string;
  confidence: number;
  reason: string;
  themes: string[];
  /** Line of the segment's first character, so the reader can number lines as the file does. */
  line: number;
  text: string;
  marks: Mark[];
}

/** What the page needs of one document, rendered where it was tagged and spooled as one line of JSON. */
export interface PageDocument {
  file: string;
  title: string;
  respondent: Respondent;
  segments: PageSegment[];
}

export function pageDocument(doc: DocumentReport, text: string): PageDocument {
  return {
    file: doc.file,
    title: doc.title,
    respondent: doc.respondent,
    segments: doc.segments.map((s) => {
      const start = s.position.start.offset;
      const end = s.position.end.offset;
      const mark = (e: Evidence, kind: Mark[2], label: string): Mark => [Math.max(0, e.offset[0] - start), Math.min(end - start, e.offset[1] - start), kind, label];
      return {
        id: s.id,
        kind: s.kind,
        number: s.number,
        question: s.question,
        heading: s.heading,
        stance: s.stance.label,
        source: s.stance.source,
        confidence: s.stance.confidence,
        reason: s.stance.reason,
        themes: s.themes.map((t) => t.theme),
        line: s.position.start.line,
        text: text.slice(start, end),
        marks: [
          ...s.stance.evidence.map((e) => mark(e, 'stance', `stance (${e.role}): rule ${e.rule}`)),
          ...s.themes.flatMap((t) => t.evidence.map((e) => mark(e, 'theme', `theme ${t.theme}: rule ${e.rule}`))),
        ],
      };
    }),
  };
}
