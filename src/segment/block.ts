import { isWebFormLine } from './web-form.js';

/** A unit of document structure: a paragraph, a heading, a list item or one line of a web form. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'list-item';
  /** [start, end) offsets of the block's text in the decoded document, trimmed of surrounding white space. */
  start: number;
  end: number;
  /** The source slice `text.slice(start, end)`. */
  text: string;
  /** True when a blank line (or the document start) comes before it. */
  afterBlank: boolean;
  /** The format set it apart as a heading or a bold line, so if it asks something it is a question (blocks-structure.ts). */
  marked?: boolean;
  /** Inside a block quote (Markdown `>`, HTML <blockquote>): perhaps a statement put for comment. */
  quoted?: boolean;
}

/** Bullets written as `•`, `-`, `*`, `–` or `▪` at the start of a line. */
export const BULLET = /^[ \t]*(?:[•▪◦●‣∙·*–-])[ \t]+/;

/** A numbered question or sub-question prefix starts a new block even without a blank line before it. */
const STARTS_BLOCK = /^[ \t]*(?:(?:question|q)[ \t]*\d|\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,3}[.)][ \t]|radio button|please select|please (?:give|explain|provide|tell))/i;

export function makeBlock(text: string, start: number, end: number, kind: Block['kind'], afterBlank: boolean): Block | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return undefined;
  return { kind, start, end, text: text.slice(start, end), afterBlank };
}

/**
 * Plain-text structure. Paragraphs are runs of non-blank lines, so a
 * hard-wrapped paragraph stays whole; but a bullet, a numbered question, a
 * web-form line, or a line after one ending in `?` starts a new block, since
 * responses often put the answer on the very next line.
 */
export function textBlocks(text: string, from = 0, to = text.length, detectHeadings = true): Block[] {
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockKind: Block['kind'] = 'paragraph';
  let afterBlank = true;
  let pendingBlank = true;
  let previousLine = '';
  const flush = (end: number): void => {
    if (blockStart < 0) return;
    const block = makeBlock(text, blockStart, end, blockKind, afterBlank);
    if (block) blocks.push(block);
    blockStart = -1;
  };
  let lineStart = from;
  while (lineStart <= to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      flush(lineStart);
      pendingBlank = true;
    } else {
      const bullet = BULLET.test(line);
      // A line after one that ends in a comma or an open bracket continues it: `(see Appendix 5,` then `Q19).` is one reference.
      const continues = /[,(]\s*$/.test(previousLine);
      const breaks = blockStart >= 0 && (bullet || blockKind === 'list-item' || (STARTS_BLOCK.test(line) && !continues) || /[?:]\s*$/.test(previousLine) || isWebFormLine(previousLine));
      if (breaks) flush(lineStart);
      if (blockStart < 0) {
        blockStart = lineStart;
        blockKind = bullet ? 'list-item' : 'paragraph';
        afterBlank = pendingBlank;
        pendingBlank = false;
      }
      previousLine = line;
    }
    if (lineEnd >= to) break;
    lineStart = lineEnd + 1;
  }
  flush(to);
  return detectHeadings ? markHeadings(blocks, to) : blocks;
}

/**
 * A heading in plain text: one short line standing alone between blank lines,
 * starting with a capital and without sentence-final punctuation.
 */
export function markHeadings(blocks: Block[], to: number): Block[] {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (block.kind !== 'paragraph' || block.text.length > 120 || block.text.includes('\n') || !block.afterBlank) continue;
    if (next && !next.afterBlank) continue;
    if (!next && block.end >= to) continue;
    const words = block.text.split(/\s+/).length;
    if (words > 12 || /[.?!;,:"”’)\]]$/.test(block.text) || !/^[A-Z0-9“"‘']/.test(block.text)) continue;
    if (isWebFormLine(block.text)) continue;
    block.kind = 'heading';
  }
  return blocks;
}
