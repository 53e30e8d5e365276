import type { Root, RootContent } from 'mdast';
import { makeBlock, textBlocks, type Block } from './block.js';

type Parse = (text: string) => Root;
let parser: Parse | undefined;

/** remark is loaded only when a Markdown file is read, so plain-text runs start fast. */
async function loadParser(): Promise<Parse> {
  if (!parser) {
    const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
    const processor = unified().use(remarkParse);
    parser = (text) => processor.parse(text) as Root;
  }
  return parser;
}

/**
 * Nesting no response needs: remark's time grows with the square of list
 * depth (1,000 levels take half a minute), so past these (32 levels of two-space lists) a Markdown file is
 * read as plain text instead.
 */
const MAX_INDENT = 64;
const MAX_QUOTE_DEPTH = 64;

export function tooDeepForMarkdown(text: string): boolean {
  for (const line of text.split('\n')) {
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (indent > MAX_INDENT) return true;
    const quotes = /^(?:[ \t]*>)*/.exec(line)![0].replace(/[^>]/g, '').length;
    if (quotes > MAX_QUOTE_DEPTH) return true;
  }
  return false;
}

/**
 * Markdown structure from remark: headings come from `#` only, list items
 * and block quotes are followed into, and code and raw HTML are not text of
 * the response. Paragraphs go through the plain-text splitter so that a
 * question and its answer on adjacent lines still part.
 */
export async function markdownBlocks(text: string): Promise<Block[]> {
  const parse = await loadParser();
  const blocks: Block[] = [];
  // An explicit stack, not recursion: thousands of nested block quotes must not overflow the call stack.
  const stack: { node: RootContent; inList: boolean; quoted?: boolean }[] = parse(text)
    .children.map((node) => ({ node, inList: false }))
    .reverse();
  while (stack.length > 0) {
    const { node, inList, quoted } = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    switch (node.type) {
      case 'heading': {
        const content = /^#{1,6}[ \t]*/.exec(text.slice(start, end));
        const block = makeBlock(text, start + (content ? content[0].length : 0), end, 'heading', true);
        if (block) blocks.push(block.text.endsWith('?') ? { ...block, kind: 'paragraph' } : block);
        break;
      }
      case 'list':
      case 'listItem':
      case 'blockquote': {
        const childInList = inList || node.type !== 'blockquote';
        const childQuoted = quoted || node.type === 'blockquote';
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, inList: childInList, ...(childQuoted ? { quoted: true } : {}) });
        break;
      }
      case 'paragraph':
      case 'table':
        for (const block of textBlocks(text, start, end, false)) blocks.push({ ...block, ...(inList ? { kind: 'list-item' as const } : {}), ...(quoted ? { quoted: true } : {}) });
        break;
      default:
        break;
    }
  }
  return blocks;
}
