import type { Line } from './pdf-layout.js';

const PAGE_NUMBER = /^(?:page\s*)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const normalise = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/**
 * Drops running headers and footers: lines in a page's top or bottom two rows that
 * recur (digits aside) on at least half the pages, and page numbers at the
 * top or bottom of a page.
 */
export function dropFurniture(pages: readonly Line[][]): Line[][] {
  // A page's top two and bottom two rows: a header or footer may be several lines on one baseline (a date left, a title right).
  const edges = (lines: readonly Line[]): Line[] => {
    const ys = [...new Set(lines.map((l) => l.y))].sort((a, b) => b - a);
    const kept = new Set([...ys.slice(0, 2), ...ys.slice(-2)]);
    return lines.filter((l) => kept.has(l.y));
  };
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
