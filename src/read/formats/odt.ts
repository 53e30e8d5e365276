import { makeRespondent } from '../respondent.js';
import { noteBlock, NoteCount, type NoteLabel } from '../notes.js';
import { StructureBuilder } from '../structure.js';
import { unzipBounded } from '../zip.js';
import { firstText, parseXml } from '../xml.js';
import { formValues } from './odt-forms.js';
import { ReadError, type Reader } from './reader.js';
import { zipKind } from './zip-kind.js';

const WANTED = new Set(['content.xml', 'styles.xml', 'meta.xml', 'mimetype']);
const ELEMENT = 1;
const TEXT = 3;

/** LibreOffice's and Word's quotation paragraph styles (`_20_` is an encoded space). */
const QUOTE_STYLE = /^(?:Quotations|Quote|Block(?:_20_| )Text)$/;

/** Style names whose text is bold, and those of quotations, following parent styles (`style:parent-style-name`). */
function styleSets(docs: readonly Document[]): { bold: Set<string>; quote: Set<string> } {
  const parent = new Map<string, string>();
  const bold = new Set<string>();
  const quote = new Set<string>();
  for (const doc of docs) {
    const styles = doc.getElementsByTagName('style:style');
    for (let i = 0; i < styles.length; i++) {
      const style = styles[i]!;
      const name = style.getAttribute('style:name');
      if (!name) continue;
      const parentName = style.getAttribute('style:parent-style-name');
      if (parentName) parent.set(name, parentName);
      const props = style.getElementsByTagName('style:text-properties')[0];
      if (props?.getAttribute('fo:font-weight') === 'bold') bold.add(name);
      if (QUOTE_STYLE.test(name)) quote.add(name);
    }
  }
  for (const set of [bold, quote]) {
    for (const [name] of parent) {
      // A bounded walk up: a style cycle in a hostile file cannot loop.
      let at: string | undefined = name;
      for (let hops = 0; at && hops < 16 && !set.has(name); hops++, at = parent.get(at)) if (set.has(at)) set.add(name);
    }
  }
  return { bold, quote };
}

/** The text of a note's body or a comment, without its author and date. */
function noteText(element: Element): string {
  const paragraphs = element.getElementsByTagName('text:p');
  const parts: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) parts.push(paragraphs[i]!.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

interface Paragraph {
  text: string;
  bold: boolean;
  /** Footnotes, endnotes and comments anchored in the paragraph, read after it. */
  notes: { label: NoteLabel; text: string }[];
}

/** A paragraph's text as LibreOffice shows it: `text:s` spaces, tabs and line breaks, form controls' values in place; notes apart. */
function paragraphText(element: Element, bold: Set<string>, controls: Map<string, string>): Paragraph {
  let text = '';
  let boldChars = 0;
  let plainChars = 0;
  const notes: Paragraph['notes'] = [];
  const stack: { node: Node; inBold: boolean }[] = [{ node: element, inBold: bold.has(element.getAttribute('text:style-name') ?? '') }];
  while (stack.length > 0) {
    const { node, inBold } = stack.pop()!;
    if (node.nodeType === TEXT) {
      const value = node.nodeValue ?? '';
      text += value;
      if (value.trim() !== '') {
        if (inBold) boldChars += value.length;
        else plainChars += value.length;
      }
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const el = node as Element;
    if (el.tagName === 'text:s') text += ' '.repeat(Math.min(Number(el.getAttribute('text:c') ?? '1') || 1, 100));
    else if (el.tagName === 'text:tab') text += '\t';
    else if (el.tagName === 'text:line-break') text += '\n';
    else if (el.tagName === 'draw:control') {
      const value = controls.get(el.getAttribute('draw:control') ?? '');
      if (value) text += ` ${value} `;
    } else if (el.tagName === 'text:note') {
      const body = el.getElementsByTagName('text:note-body')[0];
      const note = body ? noteText(body) : '';
      if (note) notes.push({ label: el.getAttribute('text:note-class') === 'endnote' ? 'Endnote' : 'Footnote', text: note });
    } else if (el.tagName === 'office:annotation') {
      const comment = noteText(el);
      if (comment) notes.push({ label: 'Comment', text: comment });
    } else {
      const childBold = inBold || bold.has(el.getAttribute('text:style-name') ?? '');
      for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push({ node: el.childNodes[i]!, inBold: childBold });
    }
  }
  return { text, bold: boldChars > 0 && plainChars === 0, notes };
}

/** OpenDocument text (LibreOffice): `text:h` headings, `text:p` paragraphs, items of `text:list`, table cells. */
export const odtReader: Reader = {
  name: 'odt',
  extensions: ['.odt'],
  description: 'OpenDocument text (LibreOffice): headings, paragraphs and lists',
  sniff: (bytes) => zipKind(bytes) === 'odt',
  async *read(source, options) {
    const bytes = await source.bytes();
    const parts = unzipBounded(bytes, (name) => WANTED.has(name), options.limits.maxUncompressed);
    const content = parts.get('content.xml');
    if (!content) throw new ReadError('malformed', 'not an OpenDocument file (no content.xml)');
    const doc = parseXml(content, 'content.xml');
    const styles = parts.get('styles.xml');
    const { bold, quote } = styleSets(styles ? [doc, parseXml(styles, 'styles.xml')] : [doc]);
    const body = doc.getElementsByTagName('office:text')[0];
    if (!body) throw new ReadError('malformed', 'not an OpenDocument text (no office:text)');
    const controls = formValues(doc);
    const noteCount = new NoteCount();
    const builder = new StructureBuilder();
    let firstHeading: string | undefined;
    const stack: { node: Node; inList: boolean }[] = [{ node: body, inList: false }];
    while (stack.length > 0) {
      const { node, inList } = stack.pop()!;
      if (node.nodeType !== ELEMENT) continue;
      const el = node as Element;
      if (el.tagName === 'text:h' || el.tagName === 'text:p') {
        const { text, bold: isBold, notes } = paragraphText(el, bold, controls);
        const kind = el.tagName === 'text:h' ? 'heading' : inList ? 'list-item' : 'paragraph';
        builder.add(kind, text, isBold, quote.has(el.getAttribute('text:style-name') ?? ''));
        for (const note of notes) {
          builder.add('paragraph', noteBlock(note.label, note.text));
          noteCount.add(note.label);
        }
        if (kind === 'heading') firstHeading ??= text.replace(/\s+/g, ' ').trim() || undefined;
        continue;
      }
      if (el.tagName === 'text:tracked-changes' || el.tagName === 'office:forms' || el.tagName === 'text:sequence-decls') continue;
      const childInList = inList || el.tagName === 'text:list-item';
      for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push({ node: el.childNodes[i]!, inList: childInList });
    }
    const attributes: Record<string, string> = {};
    const meta = parts.get('meta.xml');
    if (meta) {
      const metaDoc = parseXml(meta, 'meta.xml');
      for (const [key, tag] of [
        ['title', 'dc:title'],
        ['author', 'meta:initial-creator'],
      ] as const) {
        const value = firstText(metaDoc, tag);
        if (value) attributes[key] = value;
      }
    }
    const name = attributes.author ?? attributes.title ?? firstHeading;
    const { text, structure } = builder.result();
    yield { ok: true, doc: { name: options.name, text, structure, encoding: 'odt', bytes: bytes.length, warnings: noteCount.warnings('inline'), respondent: makeRespondent(name, attributes) } };
  },
};
