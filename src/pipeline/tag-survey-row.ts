import { classifyStance, type Fired } from '../classify/stance.js';
import { classifyThemes } from '../classify/themes.js';
import { readProposal } from '../classify/proposal.js';
import { TokenRun } from '../text/tokens.js';
import { firstNotBefore } from '../text/utils.js';
import { createLocator } from '../read/locate.js';
import type { CellSpan, SurveyDocument } from '../read/survey/types.js';
import type { DocumentReport, Evidence, Segment } from '../model/schema.js';
import type { CompiledRules } from '../rules/compile.js';
import { makeBlock, textBlocks, type Block } from '../segment/block.js';
import type { RawSegment } from '../segment/segment.js';
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
export function tagSurveyRow(doc: SurveyDocument, encoding: string, warnings: { code: string; message: string }[], rules: CompiledRules, options: TagOptions = {}): DocumentReport {
  const { text } = doc;
  const locate = createLocator(text);
  // Each question's proposal is read before the row's words are scanned, as in tagDocument: its stems get ids then.
  const proposals = doc.segments.map((ready) => readProposal(ready.question, rules));
  const run = new TokenRun(text);
  const withCell = (e: Evidence): Evidence => {
    const cell = cellAt(doc.cells, e.offset[0]);
    return cell ? { ...e, cell: { row: doc.row, column: cell.column, offset: [e.offset[0] - cell.start, Math.min(e.offset[1], cell.end) - cell.start] } } : e;
  };
  const segments: Segment[] = doc.segments.map((ready, i) => {
    const blocks: Block[] = [];
    if (ready.closed) {
      const block = makeBlock(text, ready.closed.start, ready.closed.end, 'paragraph', true);
      if (block) blocks.push(block);
    }
    if (ready.text) blocks.push(...textBlocks(text, ready.text.start, ready.text.end, false));
    const raw: RawSegment = { kind: 'question', number: ready.number, question: ready.question, heading: null, start: ready.start, end: ready.end, blocks };
    const proposal = proposals[i]!;
    const { stance, sentences, fired } = classifyStance(raw, { source: text, locate, rules }, run, proposal);
    const first = blocks[0];
    const last = blocks[blocks.length - 1];
    const segment: Segment = {
      id: `s${i + 1}`,
      kind: 'question',
      number: ready.number,
      question: ready.question,
      heading: null,
      answer: first && last ? text.slice(first.start, last.end) : '',
      position: { start: locate(ready.start), end: locate(ready.end) },
      proposal: proposal.report,
      stance: { ...stance, evidence: stance.evidence.map(withCell) },
      themes: classifyThemes(sentences, rules, text, locate).map((t) => ({ ...t, evidence: t.evidence.map(withCell) })),
      columns: ready.columns,
    };
    options.onFired?.(segment, fired as Fired[]);
    return segment;
  });
  return {
    file: doc.file,
    row: doc.row,
    respondent: doc.respondent,
    title: doc.title,
    encoding,
    bytes: Buffer.byteLength(text),
    warnings,
    segments,
  };
}
