import { Inflate } from 'fflate';
import { ReadError } from './formats/reader.js';

/**
 * Entries of a zip container (.docx, .odt), read under a cap on what they
 * inflate to. The central directory's sizes are checked first, then every
 * byte inflated is counted as it comes out, in small steps, since a zip bomb
 * declares small sizes and inflates a thousandfold: memory stays bounded by
 * the cap whatever the file says about itself.
 */
export function unzipBounded(bytes: Uint8Array, wanted: (name: string) => boolean, maxTotal: number): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(bytes);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (at === 0xffffffff || count === 0xffff) throw new ReadError('unsupported-zip', 'zip64 containers are not read');
  const found = new Map<string, Uint8Array>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw malformed('central directory entry');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const declared = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const entryLength = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += entryLength;
    if (!wanted(name)) continue;
    if ((view.getUint16(at - entryLength + 8, true) & 1) !== 0) throw new ReadError('encrypted', 'encrypted document (password required)');
    total += declared;
    if (total > maxTotal) throw tooBig(maxTotal);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw malformed('local header');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressed);
    if (data.length !== compressed) throw malformed('entry');
    const budget = maxTotal - (total - declared);
    const content = method === 0 ? data : method === 8 ? inflateBounded(data, budget, maxTotal) : undefined;
    if (!content) throw new ReadError('unsupported-zip', `zip entry ${name} uses compression method ${method}`);
    // Past the declared size counts as over: the directory lied about this entry.
    total += content.length - declared;
    if (total > maxTotal) throw tooBig(maxTotal);
    found.set(name, content);
  }
  return found;
}

/** Inflates in 16 KB steps (each yields at most about 16 MB), stopping once `budget` bytes have come out. */
function inflateBounded(data: Uint8Array, budget: number, maxTotal: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > budget) throw tooBig(maxTotal);
    chunks.push(chunk);
  });
  const STEP = 16 * 1024;
  try {
    for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    if (data.length === 0) inflater.push(data, true);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw malformed('compressed data');
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes, after which a comment of up to 65,535 bytes may follow.
  const last = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= last; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  throw malformed('end of central directory');
}

function malformed(what: string): ReadError {
  return new ReadError('malformed', `not a readable zip container (bad ${what})`);
}

function tooBig(max: number): ReadError {
  return new ReadError('too-large-uncompressed', `inflates to more than ${Math.round(max / 1e6)} MB (zip bomb?)`);
}
