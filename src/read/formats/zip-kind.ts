/**
 * What a zip container holds, from its entry names alone, for input that has
 * no name to go by (standard input, a file without an extension): a Word
 * document has `word/document.xml`, an OpenDocument text names its type in
 * the stored `mimetype` entry that comes first, a workbook has
 * `xl/workbook.xml`. Names sit uncompressed in the local headers and the
 * central directory, so nothing is inflated to tell.
 */
export type ZipKind = 'docx' | 'odt' | 'xlsx';

export function zipKind(bytes: Uint8Array): ZipKind | undefined {
  if (bytes.length < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return undefined;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 256)).toString('latin1');
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.text')) return 'odt';
  // Entry names can be anywhere among the headers: the whole container is looked through once, as bytes.
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (all.includes('word/document.xml', 0, 'latin1')) return 'docx';
  if (all.includes('xl/workbook.xml', 0, 'latin1')) return 'xlsx';
  return undefined;
}
