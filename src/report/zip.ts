import { Zip, ZipDeflate } from 'fflate';

/**
 * A zip written entry by entry, a few tens of kilobytes at a time, with
 * nothing in it that depends on when or where it was made: every entry dated
 * 1 January 1980 (the earliest DOS date; built from local-time fields, as zip
 * stores them, so the bytes do not depend on the time zone), no extra fields.
 * Callers give entries in sorted order.
 */
export interface ZipEntry {
  path: string;
  data: Iterable<string | Uint8Array>;
}

const MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Text is gathered into pieces of about this many bytes before it is compressed. */
const BATCH = 1 << 16;

export function* zipEntries(entries: Iterable<ZipEntry>): Generator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const drain = function* (): Generator<Uint8Array> {
    if (failure) throw failure;
    yield* out.splice(0);
  };
  const encoder = new TextEncoder();
  for (const entry of entries) {
    const file = new ZipDeflate(entry.path, { level: 6 });
    file.mtime = MTIME;
    zip.add(file);
    let batch: Uint8Array[] = [];
    let size = 0;
    const flush = (last: boolean): void => {
      const joined = new Uint8Array(size);
      let at = 0;
      for (const b of batch) {
        joined.set(b, at);
        at += b.length;
      }
      file.push(joined, last);
      batch = [];
      size = 0;
    };
    for (const piece of entry.data) {
      const bytes = typeof piece === 'string' ? encoder.encode(piece) : piece;
      batch.push(bytes);
      size += bytes.length;
      if (size >= BATCH) {
        flush(false);
        yield* drain();
      }
    }
    flush(true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
