export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodeWarning {
  /** Stable id, e.g. `invalid-utf8`; tests and reports key on this, not on the message. */
  code: string;
  message: string;
}

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; warnings: DecodeWarning[] }
  | { ok: false; code: 'binary'; reason: string };

/** How far to look for a NUL byte, as git does, so a huge text file costs no full scan. */
export const BINARY_SNIFF_BYTES = 8192;

const REPLACEMENT = '\uFFFD';

/**
 * Bytes to text. This is the only place the text changes: the BOM is stripped
 * and CRLF or lone CR become LF, so every later offset, line and column is
 * measured on the string returned here.
 */
export function decode(bytes: Uint8Array): DecodeResult {
  // A UTF-16 BOM comes first: UTF-16 text is full of NUL bytes and must not be taken for binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes.subarray(2), 'utf-16be');

  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) return { ok: false, code: 'binary', reason: `binary file (NUL byte at offset ${nul})` };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decoded(bytes.subarray(3), 'utf-8-bom');
  return decoded(bytes, 'utf-8');
}

function decoded(body: Uint8Array, encoding: Encoding): DecodeResult {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  const warnings: DecodeWarning[] = [];
  let text: string;
  // ignoreBOM keeps a second, in-text U+FEFF: we strip exactly the one BOM matched in decode().
  try {
    text = strictDecoder(label).decode(body);
  } catch {
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
