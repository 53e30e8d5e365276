import { TokenRun } from './tokens.js';

/** What the splitter reads of a block (segment/'s blocks are these): its text and where it sits. */
export interface TextSpan {
  /** [start, end) offsets in the decoded document. */
  start: number;
  end: number;
  /** `source.slice(start, end)`. */
  text: string;
}

export interface Sentence {
  /** [start, end) offsets in the decoded document. */
  start: number;
  end: number;
  /** The run holding this sentence's words, as token indices [from, to); offsets in the decoded document. */
  tokens: TokenRun;
  from: number;
  to: number;
}

// Full stops after these are not sentence ends.
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|mr|mrs|ms|dr|no|st|vs|cf|para|paras|p|pp|approx|incl|govt|dept)|\b[A-Z])\.$/i;
const BOUNDARY = /[.!?…]+["”’)\]]*\s+(?=["“‘([]?[A-Z0-9•£])/g;

/**
 * Sentences of each block: a block (paragraph, bullet, heading) never shares
 * a sentence with another. `run` holds the words of the whole source.
 */
export function splitSentences(source: string, blocks: readonly TextSpan[], run = new TokenRun(source)): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    let start = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(block.text); m; m = BOUNDARY.exec(block.text)) {
      const end = m.index + m[0].trimEnd().length;
      if (ABBREVIATION.test(block.text.slice(Math.max(start, m.index - 8), m.index + 1))) continue;
      push(sentences, run, block.start + start, block.start + end);
      start = m.index + m[0].length;
    }
    push(sentences, run, block.start + start, block.end);
  }
  return sentences;
}

function push(out: Sentence[], run: TokenRun, start: number, end: number): void {
  const source = run.text;
  while (start < end && /\s/.test(source[start]!)) start++;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  if (end <= start) return;
  const { from, to } = run.range(start, end);
  out.push({ start, end, tokens: run, from, to });
}
