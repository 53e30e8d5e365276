import { internalErrorSkip, type SkipCode } from '../../model/errors.js';
import type { Readable } from 'node:stream';
import type { DecodeWarning, ForcedEncoding } from '../decode.js';
import type { ReadRespondent } from '../respondent.js';
import type { SurveyReading, SurveyRowParts } from '../survey/types.js';

/** A unit of structure a format marks itself, as [start, end) offsets into the document's extracted text. */
export interface StructureBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  start: number;
  end: number;
  /** Every word of the block is bold (a Word or web page question line). */
  bold?: boolean;
  /** Inside a block quote: text the respondent quotes, such as a draft principle put for comment. */
  quoted?: boolean;
}

/** One document a reader found: its extracted text, on which every later position is measured. */
export interface ReadDoc {
  /** The input's name, or `letter.eml#response.docx` for a document inside another. */
  name: string;
  text: string;
  /** How the bytes became text: an encoding for plain text, else the format (`docx`, `pdf`). */
  encoding: string;
  bytes: number;
  warnings: DecodeWarning[];
  /** Headings, paragraphs and list items as the format marks them; absent for plain text, which is split by its lines. */
  structure?: StructureBlock[];
  /** The text is Markdown, parsed by remark for its structure. */
  markdown?: boolean;
  /** What the format says of its author (title, sender); the opening line names the respondent otherwise (see respondent.ts). */
  respondent?: ReadRespondent;
  /** A survey row: its question segments come ready from the reader, with the cell each answer is in. */
  survey?: SurveyRowParts;
}

export interface ReadSkip {
  name: string;
  code: SkipCode;
  reason: string;
  /** An internal error's stack, for --debug; never written to a report. */
  trace?: string;
}

export type ReadItem = { ok: true; doc: ReadDoc } | ({ ok: false } & ReadSkip);

/** Bounds on what one input may cost, whatever it claims inside. */
export interface ReadLimits {
  /** Total bytes a zip container (.docx, .odt) may inflate to. */
  maxUncompressed: number;
  /** How deep an email may sit inside other emails: 1 reads an attached email, but not one attached to that. */
  maxEmailDepth: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxUncompressed: 50e6, maxEmailDepth: 1 };

/**
 * An input as a reader is given it. Most formats are parsed whole, from
 * `bytes()`; a reader that can read as it goes (a survey export's rows)
 * takes `stream()` instead, so that an input of any size costs the memory
 * of what it is reading now.
 */
export interface ReadSource {
  /** Its size in bytes, known before anything is read. */
  readonly size: number;
  /** The whole input, read once however often asked; too large or unreadable, a ReadError (the input's skip). */
  bytes(): Promise<Uint8Array>;
  /** Its bytes from the start up to `end` (inclusive), or to the end: a file is streamed from disk. */
  stream(end?: number): Readable;
}

export interface ReaderOptions {
  /** The name documents are given (see ReadDoc.name). */
  name: string;
  /** Largest input, in bytes, read whole (--max-file-size); a streamed one has no limit. */
  maxFileSize: number;
  /** How survey columns are judged (the rules in effect, `--columns`), asked for when a survey is met: rules cost time to compile. */
  survey?: () => SurveyReading;
  /** `--encoding`: how plain text is decoded, instead of detecting it. */
  encoding?: ForcedEncoding;
  limits: ReadLimits;
  /** 0 for a file given, 1 for an email's attachment, and so on. */
  depth: number;
  /** Reads a document inside this one (an attachment) by its own reader, one level deeper. */
  readInner(name: string, bytes: Uint8Array): AsyncIterable<ReadItem>;
}

/**
 * One input format (STYLE.md, section 8). Discovery, `--help` and the README
 * list formats from the registry of these, so a new format is one new file.
 */
export interface Reader {
  name: string;
  /** Lower-case, with the dot: `.docx`. */
  extensions: readonly string[];
  /** What the format is, for `--help` and the README. */
  description: string;
  /** Recognises the format from its first bytes, for a file whose name does not say. */
  sniff?(bytes: Uint8Array): boolean;
  /**
   * Its documents, yielded as they are read. A reader that yields many from
   * one input as it reads them (a survey's rows) sets `streams`: its input is
   * read on the thread that writes the reports, in order, not whole in a worker.
   */
  read(source: ReadSource, options: ReaderOptions): AsyncIterable<ReadItem>;
  streams?: boolean;
}

/** More form fields than this is no response form but a generated or hostile file: it is skipped. */
export const MAX_FORM_FIELDS = 2000;

export function tooManyFields(): ReadError {
  return new ReadError('too-many-fields', `a form with more than ${MAX_FORM_FIELDS} fields`);
}

/** A reader's way to skip the whole input with a one-line reason. */
export class ReadError extends Error {
  constructor(
    readonly code: SkipCode,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Runs a format library on the input. Whatever the library throws says the
 * input is not a file it can read, so the input is skipped as
 * `unreadable-format`; anything thrown by csc-tag's own code around it is a
 * bug, which the run reports as an `internal-error` (read-input.ts).
 */
export async function byLibrary<T>(format: string, run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw libraryError(format, error);
  }
}

/** What a format library's error on an input says of it: a skip, with the library's first line. */
export function libraryError(format: string, error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return new ReadError('unreadable-format', `could not be read as ${format} (${message})`);
}

/**
 * What reading `name` failing with `error` makes of it: a ReadError's own skip, or, for anything else (a library's
 * error is a ReadError by now, see byLibrary), csc-tag's bug as an internal-error skip with its trace.
 */
export function failedItem(name: string, error: unknown): ReadItem {
  if (error instanceof ReadError) return { ok: false, name, code: error.code, reason: error.message };
  const { skipped, trace } = internalErrorSkip(name, error, 'read');
  return { ok: false, name, code: skipped.code, reason: skipped.reason, ...(trace ? { trace } : {}) };
}

export function startsWith(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}
