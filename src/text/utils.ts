import path from 'node:path';

/** Plain code-unit order: deterministic, whatever the locale. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Index of the first of `count` items, ordered so that `before` holds for a
 * prefix of them, for which it no longer holds: a binary search.
 */
export function firstNotBefore(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A flat copy of a string that outlives the text it came from (a cache key,
 * a group's wording): V8 makes a slice of a long string point into the whole
 * of it, which would keep a document's text alive for as long as the copy.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

/** A string no longer than `max`, ended with `…` when cut. */
export function shorten(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** `1 segment`, `3 segments`. */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** Whether `target` is `folder` or inside it (`..notes` is a name, not a way up). */
export function isWithin(folder: string, target: string): boolean {
  const rel = path.relative(folder, target);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
