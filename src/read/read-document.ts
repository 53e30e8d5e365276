import type { SkipCode } from '../model/errors.js';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decode, type DecodeWarning, type Encoding } from './decode.js';

/** How standard input is named in results, reports and messages. */
export const STDIN_NAME = '<stdin>';

export type ReadResult = { ok: true; file: string; text: string; bytes: number; encoding: Encoding; warnings: DecodeWarning[] } | { ok: false; file: string; code: SkipCode; reason: string };

export interface ReadOptions {
  /** Folder that relative `file` paths are resolved against. */
  cwd: string;
  /** Largest file, in bytes, that is read; larger ones are skipped unread. */
  maxFileSize: number;
  /** Where the file is, when its name is not relative to cwd (Discovered.sources). */
  source?: string;
}

/**
 * Reads and decodes one input. A file that cannot be used is a value with a
 * code and a reason, so one bad file is skipped and the run goes on.
 * `file` is kept as given, since it is the name the user will see.
 */
export function readDocument(file: string, options: ReadOptions): ReadResult {
  const path = resolve(options.cwd, options.source ?? file);
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, file, code: 'not-a-file', reason: 'is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, file, code: 'not-a-file', reason: 'not a regular file' };
    // Checked before reading so a stray multi-gigabyte file costs nothing.
    if (stat.size > options.maxFileSize) {
      return { ok: false, file, code: 'too-large', reason: tooLargeReason(stat.size, options.maxFileSize) };
    }
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, file, ...describeFsError(error) };
  }
  return fromBytes(file, bytes);
}

/** Decodes what was read from standard input (the `-` argument). */
export function readStdinDocument(bytes: Uint8Array): ReadResult {
  return fromBytes(STDIN_NAME, bytes);
}

function fromBytes(file: string, bytes: Uint8Array): ReadResult {
  const result = decode(bytes);
  if (!result.ok) return { ok: false, file, code: result.code, reason: result.reason };
  return { ok: true, file, text: result.text, bytes: bytes.length, encoding: result.encoding, warnings: result.warnings };
}

/**
 * Turns a Node fs error into a skip code and a short reason. The reason never
 * repeats the path, since messages already name the file. Anything that is not
 * an fs error is a bug, and is thrown on.
 */
export function describeFsError(error: unknown): { code: SkipCode; reason: string } {
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof errno !== 'string') throw error;
  switch (errno) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { code: 'not-found', reason: 'no such file or folder' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'unreadable', reason: 'permission denied' };
    case 'ELOOP':
      return { code: 'symlink-loop', reason: 'symlink loop' };
    case 'EISDIR':
      return { code: 'not-a-file', reason: 'is a folder, not a file' };
    default:
      return { code: 'io-error', reason: `file system error ${errno}` };
  }
}

export function tooLargeReason(size: number, limit: number): string {
  let [shown, shownLimit] = [formatSize(size), formatSize(limit)];
  // "10 MB, over the limit of 10 MB" would read as a bug, so fall back to exact counts.
  if (shown === shownLimit) [shown, shownLimit] = [`${size} bytes`, `${limit} bytes`];
  return `file is ${shown}, over the --max-file-size limit of ${shownLimit}`;
}

/** Decimal units (1 MB = 1,000,000 bytes), one decimal place at most: "12.3 MB", "10 MB". */
export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1e9, 'GB'],
    [1e6, 'MB'],
    [1e3, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
