import path from 'node:path';

/** Plain code-unit order: deterministic, whatever the locale. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `1 segment`, `3 segments`. */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** Whether `target` is `folder` or inside it (`..notes` is a name, not a way up). */
export function isWithin(folder: string, target: string): boolean {
  const rel = path.relative(folder, target);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
