import type { StructureBlock } from './formats/reader.js';

/** White space within a line: runs of spaces, tabs, NBSP and other Unicode spaces become one space. */
const SPACES = /[^\S\n]+/g;

/**
 * Builds a structured document's extracted text: blocks separated by a blank
 * line, each block's lines trimmed and their inner spaces collapsed, so that
 * what `csc-tag text` prints is exactly what positions refer to.
 */
export class StructureBuilder {
  private text = '';
  readonly blocks: StructureBlock[] = [];

  add(kind: StructureBlock['kind'], raw: string, bold = false, quoted = false): void {
    const lines = raw
      .split('\n')
      .map((line) => line.replace(SPACES, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length === 0) return;
    if (this.text !== '') this.text += '\n\n';
    const start = this.text.length;
    this.text += lines.join('\n');
    this.blocks.push({ kind, start, end: this.text.length, ...(bold ? { bold } : {}), ...(quoted ? { quoted } : {}) });
  }

  result(): { text: string; structure: StructureBlock[] } {
    return { text: this.text === '' ? '' : this.text + '\n', structure: this.blocks };
  }
}
