import type { SkipCode } from '../model/errors.js';

/**
 * What the readers say of an input before its format is known: how standard
 * input is named, why a file could not be opened, and sizes in words.
 */

/** How standard input is named in results, reports and messages. */
export const STDIN_NAME = '<stdin>';

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
