import { makeRespondent } from '../respondent.js';
import { noteBlock, NoteCount } from '../notes.js';
import { StructureBuilder } from '../structure.js';
import { placeFields, readAnnotations, type AnnotationData } from './pdf-annotations.js';
import { dropFurniture } from './pdf-furniture.js';
import { median, toBlocks, toLines, type PlacedText } from './pdf-layout.js';
import { ReadError, startsWith, type Reader } from './reader.js';

/** pdf.js's own error names, for a one-line reason instead of its message. */
function describePdfError(error: unknown): ReadError {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'PasswordException') return new ReadError('encrypted', 'encrypted PDF (password required)');
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return new ReadError('malformed', `not a readable PDF (${message})`);
}

/**
 * PDF through unpdf (pdf.js): text items become lines, running headers,
 * footers and page numbers are dropped, and lines are rejoined into
 * paragraphs (pdf-layout.ts). A PDF without a text layer is a scan, which
 * csc-tag cannot read without OCR, and is skipped saying so.
 */
export const pdfReader: Reader = {
  name: 'pdf',
  extensions: ['.pdf'],
  description: 'PDF with a text layer: lines rejoined into paragraphs, running headers, footers and page numbers dropped',
  sniff: (bytes) => startsWith(bytes, '%PDF-'),
  async *read(source, options) {
    const bytes = await source.bytes();
    const { getDocumentProxy, extractTextItems, getMeta } = await import('unpdf');
    let pages: PlacedText[][];
    let info: Record<string, unknown> = {};
    const annotations: AnnotationData[][] = [];
    // Only pdf.js runs here: what it throws is the file's fault; csc-tag's own code below throws as a bug.
    try {
      // A copy: pdf.js takes the buffer over, and the caller may still need its bytes.
      const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: true });
      try {
        info = ((await getMeta(pdf)).info ?? {}) as Record<string, unknown>;
        pages = (await extractTextItems(pdf)).items;
        for (let i = 0; i < pages.length; i++) annotations.push((await (await pdf.getPage(i + 1)).getAnnotations()) as AnnotationData[]);
      } finally {
        await pdf.destroy();
      }
    } catch (error) {
      if (error instanceof ReadError) throw error;
      throw describePdfError(error);
    }
    const body = median(pages.flat().map((item) => item.fontSize)) || 10;
    const seen = { fields: 0 };
    const comments: string[] = [];
    for (let i = 0; i < pages.length; i++) {
      const read = readAnnotations(annotations[i]!, body, seen);
      pages[i] = placeFields(pages[i]!, read.fields);
      comments.push(...read.comments);
    }
    const lines = dropFurniture(pages.map((items) => toLines(items)));
    if (lines.every((page) => page.length === 0)) throw new ReadError('no-text-layer', 'no text layer (scanned image?)');
    const builder = new StructureBuilder();
    for (const block of toBlocks(lines)) builder.add(block.kind, block.text);
    // A comment's place on the page is a note's icon, not a place in the text: comments follow the body.
    const notes = new NoteCount();
    for (const comment of comments) {
      builder.add('paragraph', noteBlock('Comment', comment));
      notes.add('Comment');
    }
    const attributes: Record<string, string> = {};
    for (const [key, field] of [
      ['title', 'Title'],
      ['author', 'Author'],
    ] as const) {
      const value = typeof info[field] === 'string' ? (info[field] as string).replace(/\s+/g, ' ').trim() : '';
      if (value) attributes[key] = value;
    }
    const name = attributes.title ?? attributes.author;
    const { text, structure } = builder.result();
    yield { ok: true, doc: { name: options.name, text, structure, encoding: 'pdf', bytes: bytes.length, warnings: notes.warnings('appended'), respondent: makeRespondent(name, attributes) } };
  },
};
