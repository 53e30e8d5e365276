import { firstNotBefore } from '../../text/utils.js';

/**
 * Converts JavaScript string offsets (UTF-16 units, as report.json counts
 * them) into Unicode code points, as REFI-QDA importers count them: the two
 * differ by one for every astral character (an emoji) before the offset.
 */
export function codePointCounter(text: string): (offset: number) => number {
  // Offsets of the second half of each surrogate pair, in order.
  const lows: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) lows.push(++i);
    }
  }
  return (offset) => {
    // Pairs whose second half lies before `offset` each count once, not twice.
    return offset - firstNotBefore(lows.length, (i) => lows[i]! < offset);
  };
}
