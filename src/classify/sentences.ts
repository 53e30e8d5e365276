import type { Block } from '../segment/block.js';
import { tokenize, type Token } from './natural.js';

export interface Sentence {
  /** [start, end) offsets in the decoded document. */
  start: number;
  end: number;
  text: string;
  /** Tokens with offsets in the decoded document. */
  tokens: Token[];
}

// Full stops after these are not sentence ends.
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|mr|mrs|ms|dr|no|st|vs|cf|para|paras|p|pp|approx|incl|govt|dept)|\b[A-Z])\.$/i;
const BOUNDARY = /[.!?…]+["”’)\]]*\s+(?=["“‘(\[]?[A-Z0-9•£])/g;

/** Sentences of each block: a block (paragraph, bullet, heading) never shares a sentence with another. */
export function splitSentences(source: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(block.text); m; m = BOUNDARY.exec(block.text)) {
      const end = m.index + m[0].trimEnd().length;
      if (ABBREVIATION.test(block.text.slice(start, m.index + 1))) continue;
      push(sentences, source, block.start + start, block.start + end);
      start = m.index + m[0].length;
    }
    push(sentences, source, block.start + start, block.end);
  }
  return sentences;
}

function push(out: Sentence[], source: string, start: number, end: number): void {
  while (start < end && /\s/.test(source[start]!)) start++;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  if (end <= start) return;
  const text = source.slice(start, end);
  const tokens = tokenize(text, start);
  out.push({ start, end, text, tokens });
}
