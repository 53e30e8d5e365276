import { zipSync } from 'fflate';
import { unzipBounded } from '../zip.js';
import { firstText, parseXml, refuseDtd } from '../xml.js';
import { htmlStructure } from './html-blocks.js';
import { zipKind } from './zip-kind.js';
import { ReadError, startsWith, type Reader } from './reader.js';

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
  async read(bytes, options) {
    if (startsWith(bytes, OLE)) throw new ReadError('unsupported-format', 'an encrypted or old-format (.doc) Word file: save it as .docx');
    const parts = unzipBounded(bytes, (name) => NEEDED.test(name), options.limits.maxUncompressed);
    if (!parts.has('word/document.xml')) throw new ReadError('malformed', 'not a Word document (no word/document.xml)');
    for (const [name, content] of parts) refuseDtd(content, name);
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(zipSync(Object.fromEntries(parts), { level: 0 })) },
      // Images are not text: never read, never embedded.
      {
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        // Word's quotation styles are block quotes, so a quoted draft principle can be told from the comment on it.
        styleMap: ["p[style-name='Block Text'] => blockquote > p:fresh", "p[style-name='Quote'] => blockquote > p:fresh", "p[style-name='Intense Quote'] => blockquote > p:fresh"],
      },
    );
    const { unified } = await import('unified');
    const { default: rehypeParse } = await import('rehype-parse');
    const { text, structure, firstHeading } = htmlStructure(unified().use(rehypeParse, { fragment: true }).parse(result.value));
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
    return [{ ok: true, doc: { name: options.name, text, structure, encoding: 'docx', bytes: bytes.length, warnings: [], respondent: { ...(name ? { name } : {}), attributes } } }];
  },
};
