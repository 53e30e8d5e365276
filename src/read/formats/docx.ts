import { makeRespondent } from '../respondent.js';
import { zipSync } from 'fflate';
import { unzipBounded } from '../zip.js';
import { firstText, parseXml, refuseDtd } from '../xml.js';
import { docReader } from './doc.js';
import { htmlStructure } from './html-blocks.js';
import { placeNotes } from './docx-notes.js';
import { zipKind } from './zip-kind.js';
import { byLibrary, MAX_FORM_FIELDS, ReadError, startsWith, tooManyFields, type Reader } from './reader.js';

/** What mammoth needs of a .docx, and the core and app properties that name its author; images and the rest are never inflated. */
const NEEDED = /^(?:\[Content_Types\]\.xml|_rels\/\.rels|word\/[^/]+\.xml|word\/_rels\/[^/]+\.rels|docProps\/(?:core|app)\.xml)$/;
const OLE = '\xd0\xcf\x11\xe0';

/**
 * Word documents through mammoth, which maps Word's styles to HTML
 * (headings, lists, bold); the HTML reader's block walk then gives the
 * structure. The container is first unzipped here under the size cap and
 * every XML part checked for a DTD, and mammoth is given a new zip of only
 * those parts, so it never inflates anything unbounded.
 */
export const docxReader: Reader = {
  name: 'docx',
  extensions: ['.docx'],
  description: 'Word documents: headings, lists and bold question lines kept as structure',
  sniff: (bytes) => zipKind(bytes) === 'docx',
  async *read(source, options) {
    const bytes = await source.bytes();
    if (startsWith(bytes, OLE)) {
      // A legacy Word file given a .docx name is read as what it is; an encrypted .docx is also a compound file, and cannot be.
      if (docReader.sniff!(bytes)) return yield* docReader.read(source, options);
      throw new ReadError('unsupported-format', 'an encrypted Word file (password required)');
    }
    const parts = unzipBounded(bytes, (name) => NEEDED.test(name), options.limits.maxUncompressed);
    if (!parts.has('word/document.xml')) throw new ReadError('malformed', 'not a Word document (no word/document.xml)');
    for (const [name, content] of parts) refuseDtd(content, name);
    // Content controls and legacy form fields, counted before mammoth reads each one.
    const fields = new TextDecoder().decode(parts.get('word/document.xml')).match(/<w:(?:sdtPr|ffData)\b/g)?.length ?? 0;
    if (fields > MAX_FORM_FIELDS) throw tooManyFields();
    const { default: mammoth } = await import('mammoth');
    const result = await byLibrary('docx', () =>
      mammoth.convertToHtml(
        { buffer: Buffer.from(zipSync(Object.fromEntries(parts), { level: 0 })) },
        // Images are not text: never read, never embedded.
        {
          convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
          // Word's quotation styles are block quotes, so a quoted draft principle can be told from the comment on it.
          // Comments are kept (mammoth drops them by default), to be read after their paragraph (docx-notes.ts).
          styleMap: [
            'comment-reference => sup',
            "p[style-name='Block Text'] => blockquote > p:fresh",
            "p[style-name='Quote'] => blockquote > p:fresh",
            "p[style-name='Intense Quote'] => blockquote > p:fresh",
          ],
        },
      ),
    );
    const { unified } = await import('unified');
    const { default: rehypeParse } = await import('rehype-parse');
    const tree = unified().use(rehypeParse, { fragment: true }).parse(result.value);
    const notes = placeNotes(tree);
    const { text, structure, firstHeading } = htmlStructure(tree);
    const attributes: Record<string, string> = {};
    const core = parts.get('docProps/core.xml');
    const app = parts.get('docProps/app.xml');
    if (core) {
      const doc = parseXml(core, 'docProps/core.xml');
      for (const [key, tag] of [
        ['title', 'dc:title'],
        ['author', 'dc:creator'],
      ] as const) {
        const value = firstText(doc, tag);
        if (value) attributes[key] = value;
      }
    }
    if (app) {
      const company = firstText(parseXml(app, 'docProps/app.xml'), 'Company');
      if (company) attributes.organisation = company;
    }
    const name = attributes.organisation ?? attributes.author ?? attributes.title ?? firstHeading;
    yield { ok: true, doc: { name: options.name, text, structure, encoding: 'docx', bytes: bytes.length, warnings: notes.warnings('inline'), respondent: makeRespondent(name, attributes) } };
  },
};
