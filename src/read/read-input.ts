import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ForcedEncoding } from './decode.js';
import { readerFor } from './formats/index.js';
import { DEFAULT_LIMITS, ReadError, type ReadItem, type ReadLimits } from './formats/reader.js';
import { describeFsError, STDIN_NAME, tooLargeReason } from './read-document.js';

export interface InputOptions {
  cwd: string;
  maxFileSize: number;
  encoding?: ForcedEncoding;
  limits?: ReadLimits;
  /** Where the file is, when its name is not relative to cwd (Discovered.sources). */
  source?: string;
}

/**
 * Reads one input through its format's reader: one document, several (an
 * email and its attachments), or a skip with a one-line reason. Nothing a
 * file holds can stop the run: a reader's failure on a hostile file is that
 * file's skip.
 */
export async function readInput(file: string, options: InputOptions): Promise<ReadItem[]> {
  const path = resolve(options.cwd, options.source ?? file);
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return [skip(file, 'not-a-file', 'is a folder, not a file')];
    if (!stat.isFile()) return [skip(file, 'not-a-file', 'not a regular file')];
    // Checked before reading so a stray multi-gigabyte file costs nothing.
    if (stat.size > options.maxFileSize) return [skip(file, 'too-large', tooLargeReason(stat.size, options.maxFileSize))];
    bytes = readFileSync(path);
  } catch (error) {
    return [{ ok: false, name: file, ...describeFsError(error) }];
  }
  return readBytes(file, bytes, options, 0);
}

export function readStdinInput(bytes: Uint8Array, options: Pick<InputOptions, 'encoding' | 'limits'>): Promise<ReadItem[]> {
  return readBytes(STDIN_NAME, bytes, options, 0);
}

/** Bytes to documents by the reader their name or content calls for; also how an email reads its attachments. */
export async function readBytes(name: string, bytes: Uint8Array, options: Pick<InputOptions, 'encoding' | 'limits'>, depth: number): Promise<ReadItem[]> {
  const reader = readerFor(name, bytes);
  try {
    const readInner = (inner: string, content: Uint8Array): Promise<ReadItem[]> => readBytes(inner, content, options, depth + 1);
    return await reader.read(bytes, { name, depth, readInner, limits: options.limits ?? DEFAULT_LIMITS, ...(options.encoding ? { encoding: options.encoding } : {}) });
  } catch (error) {
    if (error instanceof ReadError) return [skip(name, error.code, error.message)];
    // A library's own error on a broken file: the file is what is wrong, so it is skipped, not the run.
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return [skip(name, 'unreadable-format', `could not be read as ${reader.name} (${message})`)];
  }
}

function skip(name: string, code: string, reason: string): ReadItem {
  return { ok: false, name, code, reason };
}
