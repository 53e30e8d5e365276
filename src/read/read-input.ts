import type { SkipCode } from '../model/errors.js';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ForcedEncoding } from './decode.js';
import { readerFor, readerForName } from './formats/index.js';
import { DEFAULT_LIMITS, failedItem, type ReaderOptions, type ReadItem, type ReadLimits, type ReadSource } from './formats/reader.js';
import { describeFsError, STDIN_NAME } from './input-names.js';
import { deferredItems } from './deferred-items.js';
import { bytesSource, fileSource } from './source.js';
import type { SurveyReading } from './survey/types.js';

export interface InputOptions {
  cwd: string;
  maxFileSize: number;
  encoding?: ForcedEncoding;
  limits?: ReadLimits;
  /** How survey columns are judged (the rules in effect, `--columns`), asked for when a survey is met; every caller in csc-tag gives it, so a survey read without it is an internal error. */
  survey?: () => SurveyReading;
  /** Where the file is, when its name is not relative to cwd (Discovered.sources). */
  source?: string;
}

type ReadSettings = Partial<Pick<InputOptions, 'maxFileSize' | 'encoding' | 'limits' | 'survey'>>;

/**
 * Reads one input through its format's reader, yielding its documents as
 * they are read: one, several (an email and its attachments, a survey's
 * rows), or a skip with a one-line reason. Nothing a file holds can stop the
 * run: a reader's failure on a hostile file is that file's skip.
 */
export function readInput(file: string, options: InputOptions): AsyncIterable<ReadItem> {
  const path = resolve(options.cwd, options.source ?? file);
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return only(skip(file, 'not-a-file', 'is a folder, not a file'));
    if (!stat.isFile()) return only(skip(file, 'not-a-file', 'not a regular file'));
    size = stat.size;
  } catch (error) {
    return only({ ok: false, name: file, ...describeFsError(error) });
  }
  return readSource(file, fileSource(path, size, options.maxFileSize), options, 0);
}

/** What was read from standard input (the `-` argument). */
export function readStdinInput(bytes: Uint8Array, options: ReadSettings): AsyncIterable<ReadItem> {
  return readBytes(STDIN_NAME, bytes, options, 0);
}

/** Bytes to documents by the reader their name or content calls for; also how an email reads its attachments. */
export function readBytes(name: string, bytes: Uint8Array, options: ReadSettings, depth: number): AsyncIterable<ReadItem> {
  return readSource(name, bytesSource(bytes), options, depth);
}

function readSource(name: string, source: ReadSource, options: ReadSettings, depth: number): AsyncIterable<ReadItem> {
  const settings: ReaderOptions = {
    name,
    depth,
    readInner: (inner, content) => readBytes(inner, content, options, depth + 1),
    maxFileSize: options.maxFileSize ?? Infinity,
    limits: options.limits ?? DEFAULT_LIMITS,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.survey ? { survey: options.survey } : {}),
  };
  return deferredItems(
    async () => {
      // By name where it says, so that a streamed input is not read whole to be sniffed.
      const reader = readerForName(name) ?? readerFor(name, await source.bytes());
      return reader.read(source, settings);
    },
    (error) => failedItem(name, error),
  );
}

async function* only(item: ReadItem): AsyncGenerator<ReadItem> {
  yield item;
}

function skip(name: string, code: SkipCode, reason: string): ReadItem {
  return { ok: false, name, code, reason };
}
