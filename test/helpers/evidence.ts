import { expect } from 'vitest';
import type { DocumentReport, Evidence, Point } from '../../src/model/schema.js';

/**
 * Line and column of an offset, worked out here from the text itself rather
 * than with src/read/locate.ts: line = 1 + the number of `\n` before the
 * offset; column = offset - the index of the last `\n` before it (so the
 * first column is 1).
 */
export function pointAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastNewline = -1;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source[i] === '\n') {
      line++;
      lastNewline = i;
    }
  }
  return { line, column: offset - lastNewline };
}

/**
 * Checks every position in a document report against its source (STYLE.md,
 * section 4): each evidence span's text is the source slice at its offsets and
 * its line and column agree with the start offset; each segment's start and
 * end points agree with their offsets; segments are in document order, do not
 * overlap, and hold their own evidence. All problems are reported at once.
 */
export function expectEvidenceValid(source: string, doc: DocumentReport): void {
  const problems: string[] = [];
  const inText = (offset: number): boolean => Number.isInteger(offset) && offset >= 0 && offset <= source.length;

  const checkPoint = (where: string, point: Point): void => {
    if (!inText(point.offset)) {
      problems.push(`${where}: offset ${point.offset} is outside the text (length ${source.length})`);
      return;
    }
    const want = pointAt(source, point.offset);
    if (point.line !== want.line || point.column !== want.column) {
      problems.push(`${where}: offset ${point.offset} is ${want.line}:${want.column}, reported ${point.line}:${point.column}`);
    }
  };

  const checkEvidence = (where: string, e: Evidence, segStart: number, segEnd: number): void => {
    const [start, end] = e.offset;
    if (!inText(start) || !inText(end) || start > end) {
      problems.push(`${where}: offsets [${start}, ${end}] are not a span of the text (length ${source.length})`);
      return;
    }
    const slice = source.slice(start, end);
    if (e.text !== slice) problems.push(`${where}: text ${JSON.stringify(e.text)} but the source has ${JSON.stringify(slice)}`);
    const want = pointAt(source, start);
    if (e.line !== want.line || e.column !== want.column) {
      problems.push(`${where}: offset ${start} is ${want.line}:${want.column}, reported ${e.line}:${e.column}`);
    }
    if (start < segStart || end > segEnd) problems.push(`${where}: span [${start}, ${end}] is outside its segment [${segStart}, ${segEnd}]`);
  };

  let previousEnd = 0;
  doc.segments.forEach((segment, i) => {
    const { start, end } = segment.position;
    checkPoint(`${segment.id} start`, start);
    checkPoint(`${segment.id} end`, end);
    if (start.offset > end.offset) problems.push(`${segment.id}: starts at ${start.offset} after its end ${end.offset}`);
    if (segment.id !== `s${i + 1}`) problems.push(`segment ${i + 1} has id ${segment.id}`);
    if (start.offset < previousEnd) problems.push(`${segment.id}: starts at ${start.offset}, before the previous segment ends at ${previousEnd}`);
    previousEnd = Math.max(previousEnd, end.offset);
    segment.stance.evidence.forEach((e, k) => checkEvidence(`${segment.id} stance evidence ${k} (${e.rule})`, e, start.offset, end.offset));
    for (const tag of segment.themes) {
      tag.evidence.forEach((e, k) => checkEvidence(`${segment.id} theme ${tag.theme} evidence ${k} (${e.rule})`, e, start.offset, end.offset));
    }
  });

  expect(problems, `${problems.length} position problem(s):\n${problems.join('\n')}\n`).toEqual([]);
}
