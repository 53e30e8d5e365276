import { csvDocumentRows, csvHeader } from './csv.js';
import { JSON_SEPARATOR, jsonDocument, jsonHead, jsonTailPieces } from './json.js';
import { markdownDocument, markdownHeadPieces } from './markdown.js';
import { formatQuestionsCsv } from './questions-csv.js';
import type { Meta, RunEnd } from '../model/run-end.js';
import type { DocumentReport } from '../model/schema.js';
import { byCodeUnit } from '../text/utils.js';

export type { Meta };

/**
 * Each format in pieces, for streaming: `head` is written before the first
 * document, one piece per document, then `tail`. A format whose opening needs
 * the run's totals (Markdown puts its summary first) has a `prelude` instead,
 * written ahead of the documents once the run is over.
 */
export interface StreamFormat {
  file: string;
  head?(meta: Meta): string;
  /** Written in pieces, so a long section is never one string. */
  prelude?(meta: Meta, end: RunEnd): Iterable<string>;
  /** A document's piece depends on the document alone, so a worker thread can render it. */
  document?(doc: DocumentReport, meta: Meta): string;
  /** Written between two documents' pieces. */
  separator?: string;
  tail?(count: number, end: RunEnd, meta: Meta): Iterable<string>;
}

/** Each `--format` name and the files it writes. */
export const FORMATS = {
  csv: [
    {
      file: 'segments.csv',
      head: (meta) => csvHeader(meta.themes),
      document: (doc, meta) => csvDocumentRows(doc, meta.themes),
    },
    {
      file: 'questions.csv',
      tail: (_count, end, meta) => [formatQuestionsCsv(end.questions, meta.themes)],
    },
  ],
  json: [
    {
      file: 'report.json',
      head: (meta) => jsonHead(meta),
      document: (doc) => jsonDocument(doc),
      separator: JSON_SEPARATOR,
      tail: (count, end) => jsonTailPieces(count, end),
    },
  ],
  md: [
    {
      file: 'report.md',
      prelude: (meta, end) => markdownHeadPieces({ generator: meta.generator, themes: meta.themes, ...end }),
      document: (doc, meta) => markdownDocument(doc, meta.themes),
    },
  ],
} as const satisfies Record<string, readonly StreamFormat[]>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS).sort(byCodeUnit) as FormatName[];
/** Every report file csc-tag can write, whatever the formats asked for. */
export const REPORT_FILES: readonly string[] = Object.values(FORMATS).flatMap((files) => files.map((f) => f.file));

/** The files the given formats write, in the order a ReportStream and renderDocument take them. */
export function streamFormats(names: readonly FormatName[]): readonly StreamFormat[] {
  return names.flatMap((name): readonly StreamFormat[] => FORMATS[name]);
}

/** A document's piece of each stream format (undefined for a format with none). */
export function renderDocument(doc: DocumentReport, formats: readonly StreamFormat[], meta: Meta): (string | undefined)[] {
  return formats.map((format) => format.document?.(doc, meta));
}

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
