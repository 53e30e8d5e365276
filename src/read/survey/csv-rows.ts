import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { LegacyEncodingScore, type LegacyEncoding } from '../legacy-encoding.js';
import type { ReadSource } from '../formats/reader.js';
import type { TableRow } from './types.js';

/** Where a CSV's bytes come from: streamed, from disk or from memory, and read again for each pass. */
export type CsvSource = Pick<ReadSource, 'stream'>;

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | LegacyEncoding;

/**
 * A record larger than this stops the read: csv-parse buffers a record whole,
 * and its own skip-on-error loses every record after an oversized one, so the
 * cap is a last resort far above any real row (see MAX_CELL_CHARS for cells).
 */
export const MAX_RECORD_CHARS = 64e6;

/**
 * How a CSV's bytes are text: a BOM says so; otherwise UTF-8 if every byte
 * sequence is valid UTF-8, else an 8-bit encoding: Windows-1252, which is
 * what Excel writes when it re-saves a CSV on an English Windows, or Mac
 * Roman, from an older Mac (a second pass judges which, see
 * legacy-encoding.ts). Passes over the file keep nothing, so the rows can
 * then be streamed in one encoding from the start.
 */
export async function sniffCsvEncoding(source: CsvSource): Promise<CsvEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of source.stream() as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        if (chunk[0] === 0xff && chunk[1] === 0xfe) return 'utf-16le';
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return 'utf-8-bom';
      }
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch (error) {
    if (error instanceof TypeError) return legacyEncodingOf(source);
    throw error;
  }
}

async function legacyEncodingOf(source: CsvSource): Promise<LegacyEncoding> {
  const score = new LegacyEncodingScore();
  for await (const chunk of source.stream() as AsyncIterable<Buffer>) score.add(chunk);
  return score.best();
}

/** One 8-bit encoding's bytes as text: one byte a character, so chunks decode apart. */
function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

const isLegacy = (encoding: CsvEncoding): encoding is LegacyEncoding => encoding === 'windows-1252' || encoding === 'macintosh';

/**
 * Windows-1252's characters for the bytes 0x80-0x9F, where it differs from
 * Latin-1 (the rest are the same). Node 20's TextDecoder takes a fast path
 * that decodes 'windows-1252' as Latin-1 (0x93 as U+0093, not “), so the
 * table is ours; an undefined byte stays as its Latin-1 control character.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Bytes to text in the given encoding, chunk by chunk; CRLF stays for csv-parse, which reads either. */
class Decode extends Transform {
  private readonly decoder: TextDecoder | undefined;
  constructor(private readonly encoding: CsvEncoding) {
    super({ readableObjectMode: false, decodeStrings: true });
    // One byte a character: chunks can be decoded apart.
    this.decoder = isLegacy(encoding) ? undefined : new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    done(null, this.decoder ? this.decoder.decode(chunk, { stream: true }) : decodeLegacy(chunk, this.encoding as LegacyEncoding));
  }
  override _flush(done: TransformCallback): void {
    done(null, this.decoder ? this.decoder.decode() : '');
  }
}

/** The delimiter of the header line: a comma, or a semicolon or tab where exports use those. */
export function sniffDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    let count = 0;
    let quoted = false;
    for (const c of firstLine) {
      if (c === '"') quoted = !quoted;
      else if (c === d && !quoted) count++;
    }
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/** The file's first line, decoded, for sniffing the delimiter. */
async function firstLine(source: CsvSource, encoding: CsvEncoding): Promise<string> {
  const decoder = isLegacy(encoding) ? undefined : new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
  let text = '';
  for await (const chunk of source.stream(65535) as AsyncIterable<Buffer>) text += decoder ? decoder.decode(chunk, { stream: true }) : decodeLegacy(chunk, encoding as LegacyEncoding);
  const end = text.search(/\r|\n/);
  return end < 0 ? text : text.slice(0, end);
}

/** Line breaks at the start of a record's raw text: the blank lines csv-parse passed over before it. */
function blankLinesBefore(raw: string): number {
  let count = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13) {
      if (raw.charCodeAt(i + 1) !== 10) count++;
    } else break;
  }
  return count;
}

/**
 * The rows of a CSV file, streamed: only the row being read is in memory.
 * `row` is the number a spreadsheet shows, blank rows counted, even when a
 * cell holds line breaks. csv-parse skips the blank lines itself (taken as
 * records of one field, each would cost it an error object: a million blank
 * lines took 80 s) and its raw text of the next record holds them, to count.
 */
export async function* csvRows(source: CsvSource, encoding: CsvEncoding): AsyncGenerator<TableRow> {
  const delimiter = sniffDelimiter(await firstLine(source, encoding));
  const parser = parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, raw: true, max_record_size: MAX_RECORD_CHARS });
  // pipeline, not pipe: a read error must reach the parser, and so the loop below.
  pipeline(source.stream(), new Decode(encoding), parser, () => undefined);
  let row = 0;
  const records = (parser as AsyncIterable<{ record: string[]; raw: string }>)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<{ record: string[]; raw: string }>;
    try {
      next = await records.next();
    } catch (error) {
      throw new CsvParseError(error instanceof Error ? error.message : String(error));
    }
    if (next.done) return;
    const { record, raw } = next.value;
    row += blankLinesBefore(raw) + 1;
    yield { row, cells: record.map((cell) => cell.replace(/\r\n?/g, '\n')) };
  }
}

/** What csv-parse (or the stream under it) threw on a broken file: the file's fault, unlike an error of csc-tag's reading its rows. */
export class CsvParseError extends Error {}
