import { layoutRuns, type Frame, type Run } from './pdf-order.js';

/** A piece of text as a PDF places it: its baseline's x and y (y grows up the page), its width and font size. */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

export interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  /** The column or other region of the page the line was laid in (pdf-order.ts); the whole page when absent. */
  frame?: Frame;
}

export interface LaidBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** Symbol and Wingdings bullets, which PDFs often carry as private-use code points: a bullet all the same. */
const PUA_BULLETS = /[\uf0b7\uf0a7\uf0a8\uf0d8\uf076\uf0fc\uf0e0\uf06e\uf0a1\uf0d7]/g;
/** Other private-use glyphs (icons, logos, dingbats) stand for no text. */
const PRIVATE_USE = /[\ue000-\uf8ff]/g;
/** A glyph that opens a list item. */
const BULLET = /^\s*[•▪◦●‣∙■□➢►]/;

/**
 * Items into lines. Items are taken in the page's order (top to bottom,
 * left to right), not the order the PDF draws them in, which may put a
 * page's footer or a sidebar first: items on one baseline (within a third
 * of the font size) are a row, and a row is cut into lines where a gap of
 * more than two font sizes parts them (a gutter, a table's columns) or
 * where a bullet opens a new item.
 */
export function toLines(items: readonly PlacedText[]): Line[] {
  const boxes = items
    .map((item) => ({ ...item, str: item.str.replace(PUA_BULLETS, '•').replace(PRIVATE_USE, '') }))
    .filter((item) => item.str.trim() !== '')
    .map((item) => ({ item, x: item.x, right: item.x + item.width, y: item.y, size: item.fontSize || 1 }));
  if (boxes.length === 0) return [];
  const page = { left: Math.min(...boxes.map((b) => b.x)), right: Math.max(...boxes.map((b) => b.right)) };
  const lines: Line[] = [];
  // Lines across the whole page keep no frame of their own: the reader measures them against every page's text.
  for (const run of layoutRuns(boxes, page))
    lines.push(
      ...runLines(
        run.lines.map((box) => box.item),
        run.frame === page ? undefined : run.frame,
      ),
    );
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  return lines.filter((line) => line.text !== '');
}

/** One region's items (already in reading order, top to bottom) into rows, and rows into lines. */
function runLines(items: readonly PlacedText[], frame: Frame | undefined): Line[] {
  const rows: PlacedText[][] = [];
  for (const item of items) {
    const row = rows.at(-1);
    if (row && row[0]!.y - item.y <= (item.fontSize || 1) / 3) row.push(item);
    else rows.push([item]);
  }
  // A footnote mark or other superscript, set smaller and a little above its line, belongs to that line.
  for (let i = rows.length - 2; i >= 0; i--) {
    const [row, below] = [rows[i]!, rows[i + 1]!];
    const size = Math.max(...row.map((item) => item.fontSize));
    const belowSize = Math.max(...below.map((item) => item.fontSize));
    if (size < belowSize * 0.8 && row[0]!.y - below[0]!.y < belowSize * 0.6) rows.splice(i, 2, [...below, ...row]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    let current: Line | undefined;
    for (const item of row.sort((a, b) => a.x - b.x)) {
      const size = item.fontSize || 1;
      const joins = current && item.x - current.right <= size * 2 && !(BULLET.test(item.str) && current.text.trim() !== '');
      if (!current || !joins) {
        current = { text: item.str, x: item.x, y: item.y, right: item.x + item.width, size, ...(frame ? { frame } : {}) };
        lines.push(current);
        continue;
      }
      // A gap wider than a fifth of the font size is a space the PDF did not write.
      const gap = item.x - current.right > size * 0.2 && !/\s$/.test(current.text) && !/^\s/.test(item.str);
      current.text += (gap ? ' ' : '') + item.str;
      current.right = Math.max(current.right, item.x + item.width);
      current.size = Math.max(current.size, size);
    }
  }
  return lines;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** A line that opens a block of its own even with no space above it: a bullet or a numbered question. */
const OPENS_BLOCK = /^(?:[•▪◦●‣∙■□➢►☒☐]|[·*–-]\s|(?:question|q)\s*\d|\(?[a-z]\)\s|\d{1,3}[.)]\s|(?:proposal|principle)\s+\d)/i;

/**
 * Lines into paragraphs. A paragraph ends at a gap wider than the usual line
 * spacing, at a change of font size, or after a short line that ends a
 * sentence; text larger than the body's is a heading. Within a paragraph,
 * lines join with a space, and a word hyphenated across two lines is joined
 * whole (keeping its hyphen if the document writes it so within a line); but a line ending in `?` or `:` keeps its line break, so a question
 * and an answer on the next line still part (segmentation splits there).
 */
export function toBlocks(pages: readonly Line[][]): LaidBlock[] {
  const all = pages.flat();
  const body = median(all.map((l) => l.size));
  const spacings: number[] = [];
  for (const lines of pages)
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i - 1]!.y - lines[i]!.y;
      if (gap > 0 && Math.abs(lines[i]!.size - body) < 0.5) spacings.push(gap);
    }
  const spacing = median(spacings) || body * 1.2;
  const page: Frame = { left: Math.min(...all.map((l) => l.x)), right: Math.max(0, ...all.map((l) => l.right)) };
  // Hyphenated words written within a line, so that one broken at a line end keeps its hyphen.
  const hyphenated = new Set(all.flatMap((l) => l.text.toLowerCase().match(/[a-z]+-[a-z]+/g) ?? []));
  const blocks: LaidBlock[] = [];
  let current: LaidBlock | undefined;
  let previous: Line | undefined;
  let previousFrame = page;
  // A paragraph cut short where a sidebar starts to its right, to go on below the sidebar in lower case.
  let interrupted: { block: LaidBlock; line: Line; frame: Frame } | undefined;
  for (const run of pages.flatMap((lines) => frameRuns(lines, page).map((r, i) => ({ ...r, pageStart: i === 0 })))) {
    if (run.pageStart) interrupted = undefined;
    if (interrupted && run.frame.left === interrupted.frame.left && /^[a-z]/.test(run.lines[0]!.text)) {
      ({ block: current, line: previous, frame: previousFrame } = interrupted);
      interrupted = undefined;
    }
    const cut =
      current && previous && !run.pageStart && run.frame.left > previousFrame.left && !/[.!?:]["”’)]*$/.test(previous.text) ? { block: current, line: previous, frame: previousFrame } : undefined;
    // Across a page or column break there is no spacing to read: a paragraph goes on only from a full line that ends mid-sentence.
    let runStart = previous !== undefined;
    for (const line of run.lines) {
      const heading = line.size > body * 1.15;
      const kind = heading ? 'heading' : 'paragraph';
      const gap = previous && !runStart ? previous.y - line.y : 0;
      const short = previous !== undefined && previous.right - previousFrame.left < (previousFrame.right - previousFrame.left) * 0.8;
      const ended = previous !== undefined && /[.!?:]["”’)]*$/.test(previous.text);
      const shortEnd = ended && short;
      // A narrow frame opening in capitals beside the text is a sidebar, not the next column of its paragraph.
      const sidebar = run.frame.right - run.frame.left < (previousFrame.right - previousFrame.left) * 0.6 && /^[A-Z]/.test(line.text);
      const runBreak = runStart && (short || ended || sidebar);
      // A one-line question after a finished sentence: in a PDF, often the only sign of a new paragraph.
      const question = ended && /\?["”’)]*$/.test(line.text);
      // A check box and its label are one item: what follows is not part of it.
      const afterBox = previous !== undefined && /^[☒☐]/.test(previous.text);
      runStart = false;
      const opens =
        !current ||
        runBreak ||
        question ||
        afterBox ||
        current.kind !== kind ||
        gap > spacing * 1.4 ||
        gap < 0 ||
        (kind === 'paragraph' && (shortEnd || OPENS_BLOCK.test(line.text))) ||
        (kind === 'heading' && previous !== undefined && Math.abs(previous.size - line.size) > 0.5);
      // The paragraph went on at the head of the next column: it was not cut short by a sidebar.
      if (cut && line === run.lines[0]) interrupted = opens ? cut : undefined;
      if (opens) {
        current = { kind, text: line.text };
        blocks.push(current);
      } else if (/[A-Za-z]-$/.test(current!.text) && /^[a-z]/.test(line.text)) {
        // `responsi-` + `bilities` is one word; `multi-` + `agency` keeps its hyphen when the document spells it so elsewhere.
        const head = /[A-Za-z]+-$/.exec(current!.text)![0];
        const tail = /^[a-z]+/.exec(line.text)![0];
        current!.text = (hyphenated.has((head + tail).toLowerCase()) ? current!.text : current!.text.slice(0, -1)) + line.text;
      } else {
        current!.text += (/[?:]$/.test(current!.text) ? '\n' : ' ') + line.text;
      }
      previous = line;
      previousFrame = run.frame;
    }
  }
  return blocks;
}

/** A page's lines, in reading order already, as runs of consecutive lines laid in one frame. */
function frameRuns(lines: readonly Line[], page: Frame): Run<Line>[] {
  const runs: Run<Line>[] = [];
  for (const line of lines) {
    const frame = line.frame ?? page;
    const last = runs.at(-1);
    if (last && last.frame === frame) last.lines.push(line);
    else runs.push({ lines: [line], frame });
  }
  return runs;
}
