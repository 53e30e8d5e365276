import type { FurnitureMatcher } from '../rules/furniture.js';
import type { Block } from './block.js';
import { acceptCandidates, findCandidates, type Candidate } from './candidates.js';
import { isAuthorQuestionsHeading } from './numbering.js';

/** A segment before classification: spans into the decoded text. */
export interface RawSegment {
  kind: 'question' | 'prose';
  number: string | null;
  question: string | null;
  heading: string | null;
  /** [start, end) of the whole segment. */
  start: number;
  end: number;
  /** The answer (or the prose section's body): its blocks, in order. */
  blocks: Block[];
}

/** Splits a document's blocks into question/answer segments and prose sections (LABELS.md, Segments). */
export function segmentBlocks(input: Block[], furniture: FurnitureMatcher, onFurniture?: (rule: string) => void, isClosedAnswer?: (text: string) => boolean): RawSegment[] {
  const blocks = closedAnswersAsText(removeFurniture(input, furniture, onFurniture), isClosedAnswer);
  const author = authorQuestionBlocks(blocks);
  const candidates = findCandidates(blocks, author, isClosedAnswer);
  const accepted = acceptCandidates(blocks, candidates);
  return buildSegments(blocks, accepted);
}

/** A closed answer standing alone (`Strongly agree`) is an answer, never a heading, however short its line. */
function closedAnswersAsText(blocks: Block[], isClosedAnswer?: (text: string) => boolean): Block[] {
  if (!isClosedAnswer) return blocks;
  return blocks.map((b) => (b.kind === 'heading' && isClosedAnswer(b.text) ? { ...b, kind: 'paragraph' } : b));
}

function removeFurniture(blocks: Block[], furniture: FurnitureMatcher, onFurniture?: (rule: string) => void): Block[] {
  const kept: Block[] = [];
  for (const block of blocks) {
    const line = furniture.match(block.text);
    if (line) onFurniture?.(line.rule);
    if (line?.action === 'end') break;
    if (!line) kept.push(block);
  }
  return kept;
}

/** A `Questions` heading followed by questions: the author's own list, which nobody answers here. */
function authorQuestionBlocks(blocks: Block[]): Set<number> {
  const marked = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    if (!isAuthorQuestionsHeading(blocks[i]!)) continue;
    for (let j = i + 1; j < blocks.length && /\?[*_"”’)\]]*\s*$/.test(blocks[j]!.text); j++) marked.add(j);
  }
  return marked;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function buildSegments(blocks: Block[], accepted: Candidate[]): RawSegment[] {
  const segments: RawSegment[] = [];
  const first = accepted[0]?.index ?? blocks.length;
  segments.push(...proseSections(blocks.slice(0, first)));
  let parentNumber: string | null = null;
  for (let k = 0; k < accepted.length; k++) {
    const c = accepted[k]!;
    const block = blocks[c.index]!;
    const nextIndex = accepted[k + 1]?.index ?? blocks.length;
    let answerFrom = c.index + 1;
    let question = collapse(block.text.slice(c.numbering.textStart));
    // `Question 7.` alone on its line: the question's words are the next block.
    if (question === '' && answerFrom < nextIndex) question = collapse(blocks[answerFrom++]!.text);
    let number = c.numbering.number;
    if (c.strength === 'numbered' || c.strength === 'bare') parentNumber = number;
    if (c.strength === 'sub') number = parentNumber ? parentNumber + c.numbering.sub : c.numbering.sub;
    const answer = blocks.slice(answerFrom, nextIndex);
    const lineEnd = c.numbering.firstLine ? block.text.indexOf('\n', c.numbering.textStart) : -1;
    if (lineEnd >= 0) {
      // The question's line ends with no mark; the lines under it are the answer.
      question = collapse(block.text.slice(c.numbering.textStart, lineEnd));
      const rest = restOfBlock(block, lineEnd + 1);
      if (rest) answer.unshift(rest);
    }
    const last = answer[answer.length - 1] ?? blocks[answerFrom - 1]!;
    segments.push({ kind: 'question', number, question, heading: null, start: block.start, end: last.end, blocks: answer });
  }
  return segments;
}

/** A block's text from `from` (an offset in its text) on, trimmed as blocks are. */
function restOfBlock(block: Block, from: number): Block | undefined {
  const text = block.text.slice(from);
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  if (body === '') return undefined;
  return { kind: 'paragraph', start: block.start + from + lead, end: block.start + from + lead + body.length, text: body, afterBlank: false };
}

/** Prose is split into sections at headings; a section without a heading may lead. */
function proseSections(blocks: Block[]): RawSegment[] {
  const sections: RawSegment[] = [];
  let current: RawSegment | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading' || !current) {
      current = {
        kind: 'prose',
        number: null,
        question: null,
        heading: block.kind === 'heading' ? collapse(block.text) : null,
        start: block.start,
        end: block.end,
        blocks: [],
      };
      sections.push(current);
    }
    current.blocks.push(block);
    current.end = block.end;
  }
  return sections;
}
