import type { DocumentReport, Respondent } from '../../model/schema.js';
import { codePointCounter } from './code-points.js';

/** A span of a source in code points, zero-based, end exclusive, as REFI-QDA counts. */
export type Span = [number, number];

/** What the project needs of one document, rendered where the document was tagged and spooled until the run is over. */
export interface SourceRecord {
  file: string;
  title: string;
  respondent: Respondent;
  /** The decoded text every position refers to; stored as the source's .txt. */
  text: string;
  questions: {
    id: string;
    number: string | null;
    span: Span;
    stance: { label: string; source: string; confidence: number; reason: string; rules: string[] };
  }[];
  /** Theme evidence, one entry per distinct span, its themes in report order. */
  evidence: { span: Span; themes: { theme: string; score: number; rule: string }[] }[];
}

export function sourceRecord(doc: DocumentReport, text: string): SourceRecord {
  const cp = codePointCounter(text);
  const span = (offset: readonly [number, number]): Span => [cp(offset[0]), cp(offset[1])];
  const evidence = new Map<string, SourceRecord['evidence'][number]>();
  for (const segment of doc.segments) {
    for (const tag of segment.themes) {
      for (const e of tag.evidence) {
        const at = span(e.offset);
        const key = `${at[0]}-${at[1]}`;
        const entry = evidence.get(key) ?? { span: at, themes: [] };
        if (!entry.themes.some((t) => t.theme === tag.theme)) entry.themes.push({ theme: tag.theme, score: tag.score, rule: e.rule });
        evidence.set(key, entry);
      }
    }
  }
  return {
    file: doc.file,
    title: doc.title,
    respondent: doc.respondent,
    text,
    questions: doc.segments
      .filter((s) => s.kind === 'question')
      .map((s) => ({
        id: s.id,
        number: s.number,
        span: span([s.position.start.offset, s.position.end.offset]),
        stance: { label: s.stance.label, source: s.stance.source, confidence: s.stance.confidence, reason: s.stance.reason, rules: [...new Set(s.stance.evidence.map((e) => e.rule))] },
      })),
    evidence: [...evidence.values()].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]),
  };
}
