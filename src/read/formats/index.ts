import { extensionOf } from '../extension.js';
import { docReader } from './doc.js';
import { docxReader } from './docx.js';
import { emlReader } from './eml.js';
import { htmlReader } from './html.js';
import { markdownReader } from './markdown.js';
import { msgReader } from './msg.js';
import { odtReader } from './odt.js';
import { pdfReader } from './pdf.js';
import { surveyReader } from './survey.js';
import type { Reader } from './reader.js';
import { rtfReader } from './rtf.js';
import { textReader } from './text.js';

/** Every input format, by name, in name order: discovery, `--help`, `csc-tag text` and the README read this. */
export const READERS: ReadonlyMap<string, Reader> = new Map(
  [docReader, docxReader, emlReader, htmlReader, markdownReader, msgReader, odtReader, pdfReader, rtfReader, surveyReader, textReader]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((r) => [r.name, r]),
);

const BY_EXTENSION = new Map([...READERS.values()].flatMap((reader) => reader.extensions.map((ext) => [ext, reader] as const)));

/** The reader a folder search picks for a file, by its extension alone. */
export function readerForName(name: string): Reader | undefined {
  return BY_EXTENSION.get(extensionOf(name));
}

/**
 * The reader for an input that is read: by extension, else by its first
 * bytes (a file named on the command line is read whatever its name), else
 * as plain text, which still refuses binary.
 */
export function readerFor(name: string, bytes: Uint8Array): Reader {
  return readerForName(name) ?? [...READERS.values()].find((reader) => reader.sniff?.(bytes)) ?? textReader;
}

/** `.docx, .eml, .htm, ...`: every extension a folder search reads. */
export function knownExtensions(): string[] {
  return [...BY_EXTENSION.keys()].sort();
}
