import iconv from 'iconv-lite';
import type { NoteCount } from '../notes.js';
import { RtfText, type RtfToken } from './rtf-text.js';
import { byLibrary, libraryError, ReadError, startsWith, type Reader } from './reader.js';

/**
 * rtf-stream-parser allocates what a `\binN` says before reading it: a
 * count past the end of the file is refused first, so a few bytes cannot
 * ask for gigabytes.
 */
function checkBinaryCounts(bytes: Uint8Array): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  for (const match of text.matchAll(/\\bin(\d+)/g)) {
    if (Number(match[1]) > bytes.length) throw new ReadError('malformed', `not a readable RTF document (\\bin${match[1]} is longer than the file)`);
  }
}

/** Tokens through rtf-stream-parser's Tokenize stream, each handed to `take` as it comes. */
async function tokenize(bytes: Uint8Array, take: (token: RtfToken) => void): Promise<void> {
  checkBinaryCounts(bytes);
  const { Tokenize } = await import('rtf-stream-parser');
  const tokenizer = new Tokenize();
  await new Promise<void>((resolve, reject) => {
    tokenizer.on('data', (token: RtfToken) => {
      try {
        take(token);
      } catch (error) {
        tokenizer.destroy();
        reject(error as Error);
      }
    });
    tokenizer.on('end', resolve);
    tokenizer.on('error', (error: Error) => reject(libraryError('rtf', error)));
    tokenizer.end(Buffer.from(bytes));
  });
}

/** An RTF document's paragraphs, its footnotes and comments after the paragraph they sit in. */
export async function rtfText(bytes: Uint8Array): Promise<{ text: string; structure: ReturnType<RtfText['result']>['structure']; notes: NoteCount }> {
  const reader = new RtfText();
  await tokenize(bytes, (token) => reader.token(token));
  return { ...reader.result(), notes: reader.noteCount };
}

/**
 * The body Outlook keeps as compressed RTF only: decompressed, then the
 * HTML or text it wraps when it was mail converted to RTF, else the RTF's
 * own paragraphs.
 */
export async function rtfBody(compressed: Uint8Array): Promise<{ text: string } | { html: string }> {
  const { decompressRTF } = await import('@kenjiuno/decompressrtf');
  const rtf = await byLibrary('rtf', () => Uint8Array.from(decompressRTF(Array.from(compressed))));
  checkBinaryCounts(rtf);
  const { deEncapsulateSync } = await import('rtf-stream-parser');
  try {
    const wrapped = deEncapsulateSync(Buffer.from(rtf), { decode: (buffer, encoding) => iconv.decode(buffer, encoding), warn: () => undefined });
    return wrapped.mode === 'html' ? { html: String(wrapped.text) } : { text: String(wrapped.text) };
  } catch {
    return { text: (await rtfText(rtf)).text };
  }
}

/**
 * Rich Text Format (WordPad, Word, LibreOffice, Outlook): paragraphs,
 * headings by outline level, bold lines, and footnotes and comments marked
 * `[Footnote: ...]` and `[Comment: ...]` after their paragraph.
 */
export const rtfReader: Reader = {
  name: 'rtf',
  extensions: ['.rtf'],
  description: 'Rich Text Format: paragraphs, headings and bold lines; footnotes and comments marked as such after their paragraph',
  sniff: (bytes) => startsWith(bytes, '{\\rtf'),
  async *read(source, options) {
    const bytes = await source.bytes();
    if (!startsWith(bytes, '{\\rtf')) throw new ReadError('malformed', 'not an RTF document (no {\\rtf header)');
    const { text, structure, notes } = await rtfText(bytes);
    yield { ok: true, doc: { name: options.name, text, structure, encoding: 'rtf', bytes: bytes.length, warnings: notes.warnings('inline') } };
  },
};
