export interface Frame {
  left: number;
  right: number;
}

/** A piece of text's box, as far as layout goes: where it starts and ends across, its baseline, its font size. */
export interface Box {
  x: number;
  right: number;
  y: number;
  size: number;
}

export interface Run<T extends Box> {
  lines: T[];
  frame: Frame;
}

/** Deeper than this, a region is read top to bottom: a page is seldom columns within columns within columns. */
const MAX_DEPTH = 4;

const byPosition = (a: Box, b: Box): number => b.y - a.y || a.x - b.x;

/**
 * The widest gutter of a region: a band of x no more than a fifth of its
 * lines (and at least one) cross, at least a font size wide, with at least three lines wholly
 * on each side that fill their side (columns, a sidebar) rather than short
 * labels facing their values (a form, a table's rows), which are read row by row.
 */
function findGutter(lines: readonly Box[], frame: Frame): { from: number; to: number; cross: number } | undefined {
  const left = Math.floor(frame.left);
  const width = Math.ceil(frame.right) - left;
  if (width <= 0 || width > 5000) return undefined;
  const cover = new Int32Array(width + 1);
  for (const line of lines) {
    const from = Math.max(0, Math.floor(line.x) - left);
    const to = Math.min(width, Math.ceil(line.right) - left);
    for (let x = from; x < to; x++) cover[x]!++;
  }
  const size = lines.map((l) => l.size).sort((a, b) => a - b)[lines.length >> 1]!;
  const allowed = Math.max(1, Math.floor(lines.length / 5));
  // The fewest crossings that leave a band a font size wide: lines that only reach into a wider band stay on their side.
  let best: { from: number; to: number; cross: number } | undefined;
  for (let cross = 0; cross <= allowed && !best; cross++) {
    for (let x = 0; x <= width;) {
      if (cover[x]! > cross) {
        x++;
        continue;
      }
      const start = x;
      while (x <= width && cover[x]! <= cross) x++;
      if (start === 0 || x > width || x - start < size) continue;
      if (!best || x - start > best.to - best.from) best = { from: left + start, to: left + x, cross };
    }
  }
  if (!best) return undefined;
  const sides = [lines.filter((l) => l.right <= best!.from), lines.filter((l) => l.x >= best!.to)];
  // A side is a column when it holds lines, not a few short labels: wide enough beside the region, and its text filling it.
  const region = Math.max(...lines.map((l) => l.right)) - Math.min(...lines.map((l) => l.x));
  const fills = (side: Box[]): boolean => {
    const extent = Math.max(...side.map((l) => l.right)) - Math.min(...side.map((l) => l.x));
    const widths = side.map((l) => l.right - l.x).sort((a, b) => a - b);
    return side.length >= 3 && extent >= region * 0.2 && widths[widths.length >> 1]! >= extent * 0.5;
  };
  return sides.every(fills) ? best : undefined;
}

/**
 * A page's text in reading order, as runs each laid in one frame: an
 * XY-cut over the boxes of its text items (or lines). Where a gutter parts the lines (columns, a
 * sidebar), the lines that cross it (a title, a figure across the page)
 * cut the page into sections; each section is read left of the gutter,
 * then right of it, each side cut again the same way. A region with no
 * gutter is read top to bottom, left to right.
 */
export function layoutRuns<T extends Box>(lines: readonly T[], frame: Frame, depth = 0): Run<T>[] {
  const sorted = [...lines].sort(byPosition);
  const gutter = depth < MAX_DEPTH && lines.length >= 6 ? findGutter(sorted, frame) : undefined;
  if (!gutter) return sorted.length > 0 ? [{ lines: sorted, frame }] : [];
  const leftFrame = { left: frame.left, right: gutter.from };
  const rightFrame = { left: gutter.to, right: frame.right };
  const runs: Run<T>[] = [];
  let section: T[] = [];
  const flush = (): void => {
    runs.push(
      ...layoutRuns(
        section.filter((l) => l.right <= gutter.from),
        leftFrame,
        depth + 1,
      ),
    );
    runs.push(
      ...layoutRuns(
        section.filter((l) => l.right > gutter.from),
        rightFrame,
        depth + 1,
      ),
    );
    section = [];
  };
  // What crosses the gutter spans the page, and so does the rest of its row: a bullet before an item that crosses.
  const spanning = new Set(sorted.filter((l) => l.x < gutter.to && l.right > gutter.from));
  for (let i = 0; i < sorted.length; i++) {
    if (!spanning.has(sorted[i]!)) continue;
    const tolerance = sorted[i]!.size / 3;
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < sorted.length && Math.abs(sorted[j]!.y - sorted[i]!.y) <= tolerance; j += step) spanning.add(sorted[j]!);
    }
  }
  for (const line of sorted) {
    if (spanning.has(line)) {
      flush();
      const last = runs.at(-1);
      if (last && last.frame === frame) last.lines.push(line);
      else runs.push({ lines: [line], frame });
    } else section.push(line);
  }
  flush();
  return runs;
}
