import type { Evidence } from '../report/schema.js';

/** Maps an offset to 1-based line and column (see src/read/locate.ts). */
export type Locate = (offset: number) => { line: number; column: number; offset: number };

/**
 * The one place where a span becomes Evidence: matchers report offsets and
 * this makes the line, column and text agree with them.
 */
export function evidenceAt(source: string, locate: Locate, start: number, end: number, rule: string, role: Evidence['role']): Evidence {
  const { line, column } = locate(start);
  return { text: source.slice(start, end), rule, line, column, offset: [start, end], role };
}
