import { csvDocumentRecord, csvPieces } from './csv.js';
import { JSON_SEPARATOR, jsonDocument, jsonHead, jsonTailPieces } from './json.js';
import { markdownDocument, markdownHeadPieces } from './markdown.js';
import { formatQuestionsCsv } from './questions-csv.js';
import type { GroupMembers, Meta, RunEnd } from '../model/run-end.js';
import type { DocumentReport } from '../model/schema.js';
import { byCodeUnit } from '../text/utils.js';
import { pageDocument } from './html/record.js';
import { qdcText } from './refi/qdc.js';
import { sourceRecord } from './refi/record.js';
import { workbookDocument } from './xlsx/record.js';

export type { Meta };

/**
 * Each format in pieces, for streaming: `head` is written before the first
 * document, one piece per document, then `tail`. A format whose opening needs
 * the run's totals (Markdown puts its summary first) has a `prelude` instead,
 * written ahead of the documents once the run is over. What comes at the end
 * reads the question groups' members from `members`, handed in by the run
 * that keeps them: no format reads a file of its own.
 */
export interface StreamFormat {
  file: string;
  head?(meta: Meta): string;
  /** Written in pieces, so a long section is never one string. */
  prelude?(meta: Meta, end: RunEnd, members: GroupMembers): Iterable<string>;
  /** A document's piece depends on the document (and its decoded text) alone, so a worker thread can render it. */
  document?(doc: DocumentReport, meta: Meta, text: string): string;
  /** Written between two documents' pieces. */
  separator?: string;
  tail?(count: number, end: RunEnd, meta: Meta, members: GroupMembers): Iterable<string>;
  /**
   * A file made whole only once the run is over (a zip, a page whose summary
   * comes first): each document's piece is spooled as one line (it must hold
   * no line break; JSON does not) and read back, in order, as often as the
   * format needs, while the file is written in pieces.
   */
  assemble?(records: () => Iterable<string>, meta: Meta, end: RunEnd, members: GroupMembers): Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;
}

/**
 * Each `--format` name and the files it writes. The formats assembled at the
 * end of a run load their builders (hast, write-excel-file, fflate) only
 * then, so neither start-up nor worker threads pay for them.
 */
export const FORMATS = {
  csv: [
    {
      file: 'segments.csv',
      document: (doc, meta) => csvDocumentRecord(doc, meta.themes),
      assemble: (rows, meta, end, members) => csvPieces(rows, meta, end, members),
    },
    {
      file: 'questions.csv',
      tail: (_count, end, meta, members) => [formatQuestionsCsv(end.questions, members, meta.themes, end.letters)],
    },
  ],
  html: [
    {
      file: 'report.html',
      document: (doc, _meta, text) => JSON.stringify(pageDocument(doc, text)),
      assemble: async function* (records, meta, end, members) {
        yield* (await import('./html/page.js')).htmlPieces(records, meta, end, members);
      },
    },
  ],
  json: [
    {
      file: 'report.json',
      head: (meta) => jsonHead(meta),
      document: (doc) => jsonDocument(doc),
      separator: JSON_SEPARATOR,
      tail: (count, end, _meta, members) => jsonTailPieces(count, end, members),
    },
  ],
  md: [
    {
      file: 'report.md',
      prelude: (meta, end, members) => markdownHeadPieces({ generator: meta.generator, themes: meta.themes, ...(meta.phrases ? { phrases: meta.phrases } : {}), ...end }, members),
      document: (doc, meta) => markdownDocument(doc, meta.themes),
    },
  ],
  qdc: [
    {
      file: 'report.qdc',
      tail: (_count, end, meta) => [qdcText(meta, end)],
    },
  ],
  qdpx: [
    {
      file: 'report.qdpx',
      document: (doc, _meta, text) => JSON.stringify(sourceRecord(doc, text)),
      assemble: async function* (records, meta, end, members) {
        yield* (await import('./refi/qdpx.js')).qdpxPieces(records, meta, end, members);
      },
    },
  ],
  xlsx: [
    {
      file: 'report.xlsx',
      document: (doc, meta) => JSON.stringify(workbookDocument(doc, meta.themes)),
      assemble: async function* (records, meta, end, members) {
        yield* (await import('./xlsx/workbook.js')).xlsxPieces(records, meta, end, members);
      },
    },
  ],
} as const satisfies Record<string, readonly StreamFormat[]>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS).sort(byCodeUnit) as FormatName[];
/** The reports a run writes unless asked for others: the data and the one to read. */
export const DEFAULT_FORMATS: readonly FormatName[] = ['json', 'md'];
/** Every report file csc-tag can write, whatever the formats asked for. */
export const REPORT_FILES: readonly string[] = Object.values(FORMATS).flatMap((files) => files.map((f) => f.file));

/** The files the given formats write, in the order a ReportStream and renderDocument take them. */
export function streamFormats(names: readonly FormatName[]): readonly StreamFormat[] {
  return names.flatMap((name): readonly StreamFormat[] => FORMATS[name]);
}

/** A document's piece of each stream format (undefined for a format with none). */
export function renderDocument(doc: DocumentReport, formats: readonly StreamFormat[], meta: Meta, text: string): (string | undefined)[] {
  return formats.map((format) => format.document?.(doc, meta, text));
}

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
