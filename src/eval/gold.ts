import path from 'node:path';
import { z } from 'zod';
import { STANCE_LABELS } from '../model/stance-labels.js';

/** A gold file (../shared/gold/FORMAT.md), or the same shape adapted from a csc-tag report. */
export const GoldSegment = z.object({
  number: z.string().nullable(),
  question: z.string(),
  stance: z.enum(STANCE_LABELS),
  explicit: z.boolean(),
  themes: z.array(z.string()),
  line: z.number().int().optional(),
  why: z.string().optional(),
  /** A tagger's confidence in its stance (reports only; gold has none). */
  confidence: z.number().min(0).max(1).optional(),
});
export const GoldDocument = z.object({
  file: z.string(),
  segments: z.array(GoldSegment),
  prose: z.object({ themes: z.array(z.string()), why: z.string().optional() }),
});
export const GoldFile = z.object({ format: z.literal('csc-gold/1'), documents: z.array(GoldDocument) });

export type GoldSegment = z.infer<typeof GoldSegment>;
export type GoldDocument = z.infer<typeof GoldDocument>;
export type GoldFile = z.infer<typeof GoldFile>;

interface ReportLike {
  documents: {
    file: string;
    segments: {
      kind: string;
      number: string | null;
      question: string | null;
      position?: { start: { line: number } };
      stance: { label: string; source: string; confidence?: number };
      themes: { theme: string }[];
    }[];
  }[];
}

/** A csc-tag report seen as labels: question segments, and the union of prose themes per document. */
export function goldFromReport(report: ReportLike): GoldFile {
  return {
    format: 'csc-gold/1',
    documents: report.documents.map((doc) => {
      const questions = doc.segments.filter((s) => s.kind === 'question');
      const prose = doc.segments.filter((s) => s.kind !== 'question');
      return {
        file: path.basename(doc.file),
        segments: questions.map((s) => ({
          number: s.number,
          question: s.question ?? '',
          stance: s.stance.label as GoldSegment['stance'],
          explicit: s.stance.source === 'explicit',
          ...(s.stance.confidence !== undefined ? { confidence: s.stance.confidence } : {}),
          themes: s.themes.map((t) => t.theme),
          ...(s.position ? { line: s.position.start.line } : {}),
        })),
        prose: { themes: [...new Set(prose.flatMap((s) => s.themes.map((t) => t.theme)))] },
      };
    }),
  };
}
