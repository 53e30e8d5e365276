import { csvDocumentRows, csvHeader } from './csv.js';
import { jsonDocument, jsonHead, jsonTail } from './json.js';
import { markdownDocument, markdownHead } from './markdown.js';
import type { DocumentReport, Report, Skipped, Summary } from './schema.js';

export type Meta = { generator: Report['generator']; themes: string[] };

/**
 * Each format in pieces, for streaming: `head` is written before the first
 * document, one piece per document, then `tail`. A format whose opening needs
 * the run's totals (Markdown puts its summary first) has a `prelude` instead,
 * written ahead of the documents once the run is over.
 */
export interface StreamFormat {
  file: string;
  head?(meta: Meta): string;
  prelude?(meta: Meta, skipped: Skipped[], summary: Summary): string;
  document(doc: DocumentReport, index: number, meta: Meta): string;
  tail?(count: number, skipped: Skipped[], summary: Summary): string;
}

export const FORMATS = {
  csv: {
    file: 'segments.csv',
    head: (meta) => csvHeader(meta.themes),
    document: (doc, _i, meta) => csvDocumentRows(doc, meta.themes),
  },
  json: {
    file: 'report.json',
    head: (meta) => jsonHead(meta),
    document: (doc, i) => jsonDocument(doc, i),
    tail: (count, skipped, summary) => jsonTail(count, skipped, summary),
  },
  md: {
    file: 'report.md',
    prelude: (meta, skipped, summary) => markdownHead({ generator: meta.generator, themes: meta.themes, summary, skipped }),
    document: (doc, _i, meta) => markdownDocument(doc, meta.themes),
  },
} as const satisfies Record<string, StreamFormat>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS).sort() as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
