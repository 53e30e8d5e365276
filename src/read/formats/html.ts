import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { decode, type DecodeWarning } from '../decode.js';
import { htmlStructure } from './html-blocks.js';
import { makeRespondent } from '../respondent.js';
import { ReadError, type ReadDoc, type Reader, type ReaderOptions } from './reader.js';

type Parse = (html: string) => Root;
let parser: Parse | undefined;

/** rehype is loaded only when a web page is read. */
async function loadParser(): Promise<Parse> {
  if (!parser) {
    const [{ unified }, { default: rehypeParse }] = await Promise.all([import('unified'), import('rehype-parse')]);
    const processor = unified().use(rehypeParse);
    parser = (html) => processor.parse(html);
  }
  return parser;
}

function findTitle(tree: Root): string | undefined {
  const stack = [...tree.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element') continue;
    if (node.tagName === 'title') return toText(node).replace(/\s+/g, ' ').trim() || undefined;
    if (node.tagName === 'html' || node.tagName === 'head') stack.push(...(node as Element).children);
  }
  return undefined;
}

/** HTML already decoded (an email's HTML body, or a page): its blocks and who it names. */
export async function readHtmlString(html: string, options: ReaderOptions, meta: { encoding: string; bytes: number; warnings: DecodeWarning[] }): Promise<ReadDoc> {
  const tree = (await loadParser())(html);
  const { text, structure, firstHeading } = htmlStructure(tree);
  const title = findTitle(tree);
  const name = title ?? firstHeading;
  const attributes: Record<string, string> = title ? { title } : {};
  return { name: options.name, text, structure, encoding: meta.encoding, bytes: meta.bytes, warnings: meta.warnings, respondent: makeRespondent(name, attributes) };
}

export const htmlReader: Reader = {
  name: 'html',
  extensions: ['.htm', '.html'],
  description: 'web pages: headings as structure; navigation, headers, footers, scripts, forms and cookie banners dropped',
  sniff: (bytes) => /^\s*(?:<!doctype html|<html[\s>])/i.test(new TextDecoder().decode(bytes.subarray(0, 256))),
  async *read(source, options) {
    const bytes = await source.bytes();
    const decoded = decode(bytes, options.encoding);
    if (!decoded.ok) throw new ReadError(decoded.code, decoded.reason);
    yield { ok: true, doc: await readHtmlString(decoded.text, options, { encoding: `html (${decoded.encoding})`, bytes: bytes.length, warnings: decoded.warnings }) };
  },
};
