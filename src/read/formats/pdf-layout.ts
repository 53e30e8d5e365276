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
}

export interface LaidBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** Items on one baseline (within a third of the font size) make one line; pdf.js gives them in reading order. */
export function toLines(items: readonly PlacedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let breakNext = false;
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const size = item.fontSize || 1;
    // Past a gap of two font sizes the text is in the next column, not further along the line.
    const sameLine = current && !breakNext && Math.abs(item.y - current.y) <= size / 3 && item.x >= current.right - size && item.x - current.right <= size * 2;
    if (!sameLine && item.str.trim() !== '') {
      current = { text: item.str, x: item.x, y: item.y, right: item.x + item.width, size };
      lines.push(current);
    } else if (current && sameLine) {
      // A gap wider than a fifth of the font size is a space the PDF did not write.
      const gap = item.x - current.right > size * 0.2 && !/\s$/.test(current.text) && !/^\s/.test(item.str);
      current.text += (gap ? ' ' : '') + item.str;
      current.right = Math.max(current.right, item.x + item.width);
      current.size = Math.max(current.size, size);
    }
    breakNext = item.hasEOL;
  }
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  return lines.filter((line) => line.text !== '');
}

const PAGE_NUMBER = /^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const normalise = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/**
 * Drops running headers and footers: a page's first or last two lines that
 * recur (digits aside) on at least half the pages, and page numbers at the
 * top or bottom of a page.
 */
export function dropFurniture(pages: readonly Line[][]): Line[][] {
  const edges = (lines: readonly Line[]): Line[] => [...lines.slice(0, 2), ...lines.slice(-2)];
  const seen = new Map<string, number>();
  for (const lines of pages) for (const key of new Set(edges(lines).map((l) => normalise(l.text)))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const running = (line: Line): boolean => {
    const count = seen.get(normalise(line.text)) ?? 0;
    return count >= 2 && count * 2 >= pages.length;
  };
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((line) => !(edge.has(line) && (PAGE_NUMBER.test(line.text) || running(line))));
  });
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** A line that opens a block of its own even with no space above it: a bullet or a numbered question. */
const OPENS_BLOCK = /^(?:[•▪◦●‣∙·*–-]\s|(?:question|q)\s*\d|\(?[a-z]\)\s|\d{1,3}[.)]\s|(?:proposal|principle)\s+\d)/i;

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
  for (const run of pages.flatMap((lines) => columnRuns(lines, page))) {
    // Across a page or column break there is no spacing to read: a paragraph goes on only from a full line that ends mid-sentence.
    let runStart = previous !== undefined;
    for (const line of run.lines) {
      const heading = line.size > body * 1.15;
      const kind = heading ? 'heading' : 'paragraph';
      const gap = previous && !runStart ? previous.y - line.y : 0;
      const short = previous !== undefined && previous.right - previousFrame.left < (previousFrame.right - previousFrame.left) * 0.8;
      const ended = previous !== undefined && /[.!?:]["”’)]*$/.test(previous.text);
      const shortEnd = ended && short;
      const runBreak = runStart && (short || ended);
      // A one-line question after a finished sentence: in a PDF, often the only sign of a new paragraph.
      const question = ended && /\?["”’)]*$/.test(line.text);
      runStart = false;
      const opens =
        !current ||
        runBreak ||
        question ||
        current.kind !== kind ||
        gap > spacing * 1.4 ||
        gap < 0 ||
        (kind === 'paragraph' && (shortEnd || OPENS_BLOCK.test(line.text))) ||
        (kind === 'heading' && previous !== undefined && Math.abs(previous.size - line.size) > 0.5);
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

interface Frame {
  left: number;
  right: number;
}

/**
 * A page's lines in reading order, as runs each laid in one frame. A page
 * whose lines mostly sit in one half or the other is in two columns: lines
 * across the page above them first, then the left column, the right one,
 * and what spans the page below. Otherwise the page is one run.
 */
export function columnRuns(lines: readonly Line[], page: Frame): { lines: Line[]; frame: Frame }[] {
  const mid = (page.left + page.right) / 2;
  const leftColumn = lines.filter((l) => l.right < mid);
  const rightColumn = lines.filter((l) => l.x > mid);
  if (leftColumn.length < 3 || rightColumn.length < 3 || leftColumn.length + rightColumn.length < lines.length * 0.6) return [{ lines: [...lines], frame: page }];
  const top = Math.max(...[...leftColumn, ...rightColumn].map((l) => l.y));
  const spanning = lines.filter((l) => l.right >= mid && l.x <= mid);
  const byY = (a: Line, b: Line): number => b.y - a.y;
  return [
    { lines: spanning.filter((l) => l.y > top).sort(byY), frame: page },
    { lines: leftColumn.sort(byY), frame: { left: page.left, right: mid } },
    { lines: rightColumn.sort(byY), frame: { left: mid, right: page.right } },
    { lines: spanning.filter((l) => l.y <= top).sort(byY), frame: page },
  ].filter((run) => run.lines.length > 0);
}
