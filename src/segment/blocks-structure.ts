import type { StructureBlock } from '../read/formats/reader.js';
import { makeBlock, markHeadings, textBlocks, type Block } from './block.js';
import { endsAsQuestion } from './numbering.js';

/**
 * Blocks from the structure a format marks (Word, ODT, PDF, web pages). A
 * heading or a bold paragraph that asks something is `marked`, a question
 * by its looks; a paragraph's own line breaks still part a question from an
 * answer written on the next line. A document that marks no headings at all
 * (a text file saved as .docx) gets the plain-text guess at headings, so it
 * segments as its text copy does.
 */
export function structureBlocks(text: string, structure: readonly StructureBlock[]): Block[] {
  const blocks: Block[] = [];
  for (const item of structure) {
    if (item.kind === 'heading') {
      const block = makeBlock(text, item.start, item.end, 'heading', true);
      if (block) blocks.push(endsAsQuestion(block.text) ? { ...block, kind: 'paragraph', marked: true } : block);
      continue;
    }
    const parts = textBlocks(text, item.start, item.end, false);
    parts.forEach((part, i) => {
      const block: Block = { ...part, afterBlank: i === 0 || part.afterBlank, kind: item.kind === 'list-item' ? 'list-item' : part.kind, ...(item.quoted ? { quoted: true } : {}) };
      blocks.push(item.bold && block.kind === 'paragraph' && endsAsQuestion(block.text) ? { ...block, marked: true } : block);
    });
  }
  return structure.some((item) => item.kind === 'heading') ? blocks : markHeadings(blocks, text.length);
}
