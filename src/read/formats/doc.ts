import { compoundFileNames, isCompoundFile } from '../ole.js';
import { noteBlock, NoteCount } from '../notes.js';
import { StructureBuilder } from '../structure.js';
import { byLibrary, ReadError, type Reader } from './reader.js';

/** A Word 97-2003 file is a compound file holding a `WordDocument` stream. */
function isWordFile(bytes: Uint8Array): boolean {
  if (!isCompoundFile(bytes)) return false;
  try {
    return compoundFileNames(bytes).has('WordDocument');
  } catch {
    return false;
  }
}

/** Word's control characters left in extracted text: field marks, cell and row ends, page breaks. */
// eslint-disable-next-line no-control-regex -- these control characters are what is looked for
const CONTROLS = /[\u0001-\u0008\u000b\u000c\u000e-\u001f]/g;

function paragraphs(text: string): string[] {
  return text
    .replace(CONTROLS, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Legacy Word (.doc, Word 97-2003) through word-extractor, after the
 * compound file is checked sound (ole.ts). Each paragraph is a block; the
 * format's styles are not read, so there are no headings. Footnotes,
 * endnotes and comments are kept apart from the body by Word, with no
 * anchor word extractor gives: they follow the body, each marked
 * `[Footnote: ...]` or `[Comment: ...]`, with a warning saying so.
 */
export const docReader: Reader = {
  name: 'doc',
  extensions: ['.doc'],
  description: 'legacy Word (97-2003): paragraphs, then footnotes and comments marked as such',
  sniff: isWordFile,
  async *read(source, options) {
    const bytes = await source.bytes();
    if (!compoundFileNames(bytes).has('WordDocument')) throw new ReadError('malformed', 'not a Word document (no WordDocument stream)');
    const { default: WordExtractor } = await import('word-extractor');
    // The typings predate the option that keeps curly quotes and dashes as Word wrote them.
    const extracted = (await byLibrary('doc', () => new WordExtractor().extract(Buffer.from(bytes)))) as unknown as Record<
      'getBody' | 'getFootnotes' | 'getEndnotes' | 'getAnnotations',
      (o: object) => string
    >;
    const raw = { filterUnicode: false };
    const builder = new StructureBuilder();
    for (const paragraph of paragraphs(extracted.getBody(raw))) builder.add('paragraph', paragraph);
    const notes = new NoteCount();
    for (const [label, text] of [
      ['Footnote', extracted.getFootnotes(raw)],
      ['Endnote', extracted.getEndnotes(raw)],
      ['Comment', extracted.getAnnotations(raw)],
    ] as const) {
      for (const note of paragraphs(text)) {
        builder.add('paragraph', noteBlock(label, note));
        notes.add(label);
      }
    }
    const { text, structure } = builder.result();
    yield { ok: true, doc: { name: options.name, text, structure, encoding: 'doc', bytes: bytes.length, warnings: notes.warnings('appended') } };
  },
};
