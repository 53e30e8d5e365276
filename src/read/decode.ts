import iconv from 'iconv-lite';
import { guessLegacyEncoding, LEGACY_NAMES, type LegacyEncoding } from './legacy-encoding.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

/** What `--encoding` may force: the BOM and the 8-bit guess are then not looked for. */
export const FORCED_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'macintosh'] as const;
export type ForcedEncoding = (typeof FORCED_ENCODINGS)[number];

export interface DecodeWarning {
  /** Stable id, e.g. `invalid-utf8`; tests and reports key on this, not on the message. */
  code: string;
  message: string;
}

export type DecodeResult = { ok: true; text: string; encoding: Encoding; warnings: DecodeWarning[] } | { ok: false; code: 'binary'; reason: string };

/** How far to look for a NUL byte, as git does, so a huge text file costs no full scan. */
export const BINARY_SNIFF_BYTES = 8192;

const REPLACEMENT = '\uFFFD';

/**
 * Bytes to text. This is the only place the text changes: the BOM is stripped
 * and CRLF or lone CR become LF, so every later offset, line and column is
 * measured on the string returned here.
 */
export function decode(bytes: Uint8Array, forced?: ForcedEncoding): DecodeResult {
  if (forced) return decodeForced(bytes, forced);
  // A UTF-16 BOM comes first: UTF-16 text is full of NUL bytes and must not be taken for binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes.subarray(2), 'utf-16be');

  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) return { ok: false, code: 'binary', reason: `binary file (NUL byte at offset ${nul})` };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decoded(bytes.subarray(3), 'utf-8-bom');
  return decoded(bytes, 'utf-8');
}

/** `--encoding`: the bytes are taken as said, a BOM of that encoding is still dropped, and bad bytes still warn. */
function decodeForced(bytes: Uint8Array, encoding: ForcedEncoding): DecodeResult {
  const bom = encoding === 'utf-8' ? [0xef, 0xbb, 0xbf] : encoding === 'utf-16le' ? [0xff, 0xfe] : encoding === 'utf-16be' ? [0xfe, 0xff] : [];
  const hasBom = bom.length > 0 && bom.every((b, i) => bytes[i] === b);
  if (encoding === 'windows-1252' || encoding === 'macintosh') return legacy(bytes, encoding, []);
  return decoded(hasBom ? bytes.subarray(bom.length) : bytes, encoding, true);
}

function decoded(body: Uint8Array, encoding: Encoding, forced = false): DecodeResult {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  const warnings: DecodeWarning[] = [];
  let text: string;
  // ignoreBOM keeps a second, in-text U+FEFF: we strip exactly the one BOM matched in decode().
  try {
    text = strictDecoder(label).decode(body);
  } catch {
    if (encoding === 'utf-8' && !forced && looksLikeWindows1252(body)) {
      // Which 8-bit encoding, by the characters its high bytes make (legacy-encoding.ts): Mac Roman's `’` is Windows-1252's `Õ`.
      const guess = guessLegacyEncoding(body);
      return legacy(body, guess, [{ code: `decoded-${guess}`, message: `not valid UTF-8: read as ${LEGACY_NAMES[guess]} (give --encoding to choose another)` }]);
    }
    text = new TextDecoder(label, { ignoreBOM: true }).decode(body);
    const replaced = countOf(text, REPLACEMENT) - genuineReplacements(body, encoding);
    const name = label === 'utf-8' ? 'UTF-8' : 'UTF-16';
    warnings.push({
      code: label === 'utf-8' ? 'invalid-utf8' : 'invalid-utf16',
      message: `${replaced} invalid ${name} sequence(s) replaced with U+FFFD`,
    });
  }
  // A CR byte is cheap to look for in the bytes (UTF-16 may hold 0x0D in other characters, which costs only the regex).
  return { ok: true, text: body.includes(0x0d) ? text.replace(/\r\n?/g, '\n') : text, encoding, warnings };
}

/**
 * The heuristic for text that is not UTF-8: each byte of 0x80 or over either
 * starts a well-formed UTF-8 sequence or does not. Windows-1252 text (what
 * older Word, Excel and Notepad save) has its £, é and curly quotes as lone
 * high bytes, so almost none form sequences; a UTF-8 file with one damaged
 * character has many good sequences and few bad ones. More bad bytes than
 * good sequences means Windows-1252.
 */
export function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += length - 1;
    } else bad++;
  }
  return bad > good;
}

/**
 * An 8-bit encoding through iconv-lite: Node 20's TextDecoder takes the
 * label windows-1252 but decodes 0x80-0x9F as Latin-1 controls, losing the
 * euro sign and curly quotes. The five bytes Windows-1252 leaves undefined
 * become U+FFFD, counted; Mac Roman defines all 256.
 */
function legacy(body: Uint8Array, encoding: LegacyEncoding, warnings: DecodeWarning[]): DecodeResult {
  let text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding);
  if (encoding === 'windows-1252') {
    const undefinedBytes = [0x81, 0x8d, 0x8f, 0x90, 0x9d].reduce((n, b) => n + countByte(body, b), 0);
    if (undefinedBytes > 0) warnings.push({ code: 'undefined-windows-1252', message: `${undefinedBytes} byte(s) undefined in Windows-1252 replaced with U+FFFD` });
  }
  if (body.includes(0x0d)) text = text.replace(/\r\n?/g, '\n');
  return { ok: true, text, encoding, warnings };
}

function countByte(bytes: Uint8Array, byte: number): number {
  let count = 0;
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) count++;
  return count;
}

/** One strict decoder per encoding: without `stream`, each decode call starts afresh. */
const strictDecoders = new Map<string, TextDecoder>();
function strictDecoder(label: string): TextDecoder {
  let decoder = strictDecoders.get(label);
  if (!decoder) strictDecoders.set(label, (decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true })));
  return decoder;
}

/**
 * U+FFFD characters already present in the input, so the warning counts only
 * the ones the decoder added. In UTF-8, EF never continues a sequence, so the
 * bytes EF BF BD always decode as one U+FFFD whatever comes before them.
 */
function genuineReplacements(body: Uint8Array, encoding: Encoding): number {
  let count = 0;
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    for (let i = body.indexOf(0xef); i !== -1; i = body.indexOf(0xef, i + 1)) {
      if (body[i + 1] === 0xbf && body[i + 2] === 0xbd) count++;
    }
    return count;
  }
  const [high, low] = encoding === 'utf-16le' ? [1, 0] : [0, 1];
  for (let i = 0; i + 1 < body.length; i += 2) {
    if (body[i + high] === 0xff && body[i + low] === 0xfd) count++;
  }
  return count;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}
