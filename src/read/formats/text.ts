import { decode } from '../decode.js';
import { ReadError, type ReadDoc, type Reader, type ReaderOptions } from './reader.js';

/** Plain text, in UTF-8, UTF-16 with a BOM or Windows-1252; split into blocks by its lines. */
export function readPlain(bytes: Uint8Array, options: ReaderOptions, markdown: boolean): ReadDoc {
  const result = decode(bytes, options.encoding);
  if (!result.ok) throw new ReadError(result.code, result.reason);
  const doc = { name: options.name, text: result.text, encoding: result.encoding, bytes: bytes.length, warnings: result.warnings };
  return markdown ? { ...doc, markdown } : doc;
}

export const textReader: Reader = {
  name: 'text',
  extensions: ['.txt'],
  description: 'plain text (UTF-8, UTF-16 with a BOM, or Windows-1252)',
  async *read(source, options) {
    yield { ok: true, doc: readPlain(await source.bytes(), options, false) };
  },
};
