import type { Locator } from '../read/locate.js';
import type { Evidence } from '../model/schema.js';

/**
 * The one place where a span becomes Evidence: matchers report offsets and
 * this makes the line, column and text agree with them.
 */
export function evidenceAt(source: string, locate: Locator, start: number, end: number, rule: string, role: Evidence['role']): Evidence {
  const { line, column } = locate(start);
  return { text: source.slice(start, end), rule, line, column, offset: [start, end], role };
}
