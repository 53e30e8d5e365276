import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { ReadError, type ReadSource } from './formats/reader.js';
import { describeFsError, tooLargeReason } from './input-names.js';

/**
 * A file on disk of `size` bytes: read whole only when a reader asks (and
 * then only within `maxFileSize`, checked before reading so a stray
 * multi-gigabyte file costs nothing), else streamed from disk.
 */
export function fileSource(path: string, size: number, maxFileSize: number): ReadSource {
  let bytes: Uint8Array | undefined;
  return {
    size,
    bytes: () => {
      if (size > maxFileSize) return Promise.reject(new ReadError('too-large', tooLargeReason(size, maxFileSize)));
      try {
        bytes ??= readFileSync(path);
      } catch (error) {
        const { code, reason } = describeFsError(error);
        return Promise.reject(new ReadError(code, reason));
      }
      return Promise.resolve(bytes);
    },
    stream: (end) => createReadStream(path, end === undefined ? {} : { end }),
  };
}

/** Bytes already in memory: standard input, or an email's attachment. */
export function bytesSource(bytes: Uint8Array): ReadSource {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    size: bytes.length,
    bytes: () => Promise.resolve(bytes),
    stream: (end) => Readable.from([end === undefined ? buffer : buffer.subarray(0, end + 1)], { objectMode: false }),
  };
}
