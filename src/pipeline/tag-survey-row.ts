import { firstNotBefore } from '../text/utils.js';
import { createLocator } from '../read/locate.js';
import type { ReadDoc } from '../read/formats/reader.js';
import type { CellSpan, SurveyRowParts } from '../read/survey/types.js';
import type { DocumentReport, Evidence, Respondent, Segment } from '../model/schema.js';
import type { CompiledRules } from '../rules/compile.js';
import { makeBlock, textBlocks, type Block } from '../segment/block.js';
import type { RawSegment } from '../segment/segment.js';
import { labelSegments, languageWarnings } from './label-segments.js';
import type { TagOptions } from './tag-document.js';

/** The cell an offset falls in: cells are in text order and do not overlap. */
function cellAt(cells: readonly CellSpan[], offset: number): CellSpan | undefined {
  const cell = cells[firstNotBefore(cells.length, (i) => cells[i]!.end <= offset)];
  return cell && offset >= cell.start ? cell : undefined;
}

/**
 * Tags one survey row. Its segments come ready from the reader, so text
 * segmentation is bypassed: each segment's answer is the closed cell (a
 * block of its own, where the closed-answer rules find an explicit stance)
 * followed by the explanation's paragraphs. Stance and themes are then found
 * as in any document, and every evidence span also names its cell.
 */
export function tagSurveyRow(doc: ReadDoc & { survey: SurveyRowParts }, rules: CompiledRules, options: TagOptions = {}): DocumentReport {
  const { text, survey } = doc;
  const locate = createLocator(text);
  const withCell = (e: Evidence): Evidence => {
    const cell = cellAt(survey.cells, e.offset[0]);
    return cell ? { ...e, cell: { row: survey.row, column: cell.column, offset: [e.offset[0] - cell.start, Math.min(e.offset[1], cell.end) - cell.start] } } : e;
  };
  const raw = survey.segments.map((ready): RawSegment => {
    const blocks: Block[] = [];
    if (ready.closed) {
      const block = makeBlock(text, ready.closed.start, ready.closed.end, 'paragraph', true);
      if (block) blocks.push(block);
    }
    if (ready.text) blocks.push(...textBlocks(text, ready.text.start, ready.text.end, false));
    return { kind: 'question', number: ready.number, question: ready.question, heading: null, start: ready.start, end: ready.end, blocks };
  });
  const segments = labelSegments(doc.name, raw, text, locate, rules, options).map((segment, i): Segment => ({
    ...segment,
    stance: { ...segment.stance, evidence: segment.stance.evidence.map(withCell) },
    themes: segment.themes.map((t) => ({ ...t, evidence: t.evidence.map(withCell) })),
    columns: survey.segments[i]!.columns,
  }));
  return {
    file: doc.name,
    row: survey.row,
    // The row's id column (or `row N`), which the reader always gives.
    respondent: doc.respondent as Respondent,
    title: survey.title,
    encoding: doc.encoding,
    bytes: doc.bytes,
    warnings: [...doc.warnings, ...languageWarnings(segments)],
    segments,
  };
}
