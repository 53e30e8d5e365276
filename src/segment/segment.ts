import type { Block } from './block.js';
import { isFormLine } from './block.js';
import {
  addressesRespondent,
  bareNumberForm,
  isAuthorQuestionsHeading,
  numberedForm,
  secondPerson,
  subForm,
  unnumberedQuestionText,
  type QuestionForm,
} from './question-forms.js';

export interface FurnitureRule {
  id: string;
  /** Lower-case line opening. */
  prefix: string;
  action: 'drop' | 'end';
}

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

interface Candidate {
  index: number;
  form: QuestionForm;
  strength: 'numbered' | 'bare' | 'sub' | 'form' | 'unnumbered';
  /** Whether the block's own words ask something (bare numbers and sub-items may not). */
  asks: boolean;
  /** Sub-item numbering style, so a run of `i.`, `ii.` items keeps together. */
  style?: string;
}

/** Text before a form line, such as Citizen Space's `Please select one item`. */
const FORM_PROMPT = /^please (?:select (?:one|all)|give us your views|explain your answer|provide (?:any )?(?:further )?(?:details|comments|reasons))/i;

/** Splits a document's blocks into question/answer segments and prose sections (LABELS.md, Segments). */
export function segmentBlocks(input: Block[], furniture: readonly FurnitureRule[]): RawSegment[] {
  const blocks = removeFurniture(input, furniture);
  const author = authorQuestionBlocks(blocks);
  const candidates = findCandidates(blocks, author);
  const accepted = acceptCandidates(blocks, candidates);
  return buildSegments(blocks, accepted);
}

function removeFurniture(blocks: Block[], rules: readonly FurnitureRule[]): Block[] {
  const kept: Block[] = [];
  for (const block of blocks) {
    const lower = block.text.toLowerCase();
    const rule = rules.find((r) => lower.startsWith(r.prefix));
    if (rule?.action === 'end') break;
    if (!rule) kept.push(block);
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

function findCandidates(blocks: Block[], author: Set<number>): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const previous = blocks[i - 1];
    // Form lines, prompts, and the option after `Ticked`/`Unticked` are the form, not questions.
    if (author.has(i) || isFormLine(block.text) || FORM_PROMPT.test(block.text) || (previous && isFormLine(previous.text))) continue;
    const numbered = block.kind === 'list-item' ? undefined : numberedForm(block);
    if (numbered) {
      candidates.push({ index: i, form: numbered, strength: 'numbered', asks: true });
      continue;
    }
    const bare = block.kind === 'list-item' ? undefined : bareNumberForm(block);
    if (bare) {
      candidates.push({ index: i, form: bare, strength: 'bare', asks: bare.asks });
      continue;
    }
    const sub = block.kind === 'list-item' ? undefined : subForm(block);
    if (sub) {
      candidates.push({ index: i, form: sub, strength: 'sub', asks: sub.asks, style: sub.style });
      continue;
    }
    if (block.kind === 'list-item' || block.kind === 'heading') continue;
    const next = blocks[i + 1];
    if (next && (FORM_PROMPT.test(next.text) || isFormLine(next.text))) {
      candidates.push({ index: i, form: { number: null, sub: null, textStart: 0 }, strength: 'form', asks: true });
      continue;
    }
    if (unnumberedQuestionText(block.text)) {
      candidates.push({ index: i, form: { number: null, sub: null, textStart: 0 }, strength: 'unnumbered', asks: true });
    }
  }
  return candidates;
}

/**
 * Numbered and form questions stand on their own. Unnumbered ones must be
 * followed by an answer and must be put to the respondent; and in a document
 * that numbers its questions, an unnumbered `?` paragraph is part of an answer.
 */
function acceptCandidates(blocks: Block[], candidates: Candidate[]): Candidate[] {
  const isCandidate = new Set(candidates.map((c) => c.index));
  const answered = (c: Candidate): boolean => {
    const next = blocks[c.index + 1];
    return next !== undefined && !isCandidate.has(c.index + 1) && next.kind !== 'heading';
  };
  const text = (c: Candidate): string => blocks[c.index]!.text.slice(c.form.textStart);
  // Bare numbers mark questions when several numbered paragraphs ask something, or one is plainly put to the respondent.
  const asking = candidates.filter((c) => c.strength === 'bare' && c.asks && answered(c));
  const bareQuestionnaire = asking.length >= 2 || asking.some((c) => addressesRespondent(text(c)));
  const unnumbered = candidates.filter((c) => c.strength === 'unnumbered' && answered(c));
  // A run of answered questions, one of them plainly put to the respondent, marks a questionnaire.
  const questionnaire = unnumbered.length >= 2 && unnumbered.some((c) => addressesRespondent(blocks[c.index]!.text));
  // In a document that numbers its questions, an unnumbered `?` paragraph belongs to an answer.
  const numberedDocument = candidates.some((c) => c.strength === 'numbered' || (c.strength === 'bare' && c.asks && bareQuestionnaire));
  const accepted: Candidate[] = [];
  let parent: Candidate | undefined;
  // Sub-items right after a parent question are its sub-questions, asked or stated ("i. Packages should ...").
  let run: { style: string; open: boolean } | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const next = candidates[k + 1];
    const directlyBefore = (n: Candidate | undefined): boolean => n !== undefined && n.index === c.index + 1;
    if (c.strength === 'bare') {
      const parentOfSubs = directlyBefore(next) && next!.strength === 'sub';
      if (!(bareQuestionnaire && c.asks) && !parentOfSubs && !(c.asks && addressesRespondent(text(c)))) continue;
    }
    if (c.strength === 'numbered' || c.strength === 'bare') {
      parent = c;
      run = directlyBefore(next) && next!.strength === 'sub' ? { style: next!.style!, open: true } : undefined;
    }
    if (c.strength === 'sub') {
      const inRun = parent !== undefined && run !== undefined && run.style === c.style;
      if (!inRun && !(c.asks && (parent !== undefined || answered(c)))) continue;
    }
    if (c.strength === 'unnumbered') {
      if (numberedDocument || !answered(c)) continue;
      // A lone question is a headline or a rhetorical question unless it is put to "you" and stands alone as its paragraph.
      const own = blocks[c.index]!.text;
      if (!questionnaire && !(secondPerson(own) && /\?[*_"”’)\]]*\s*$/.test(own))) continue;
    }
    accepted.push(c);
  }
  return accepted;
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
    let question = collapse(block.text.slice(c.form.textStart));
    // `Question 7.` alone on its line: the question's words are the next block.
    if (question === '' && answerFrom < nextIndex) question = collapse(blocks[answerFrom++]!.text);
    let number = c.form.number;
    if (c.strength === 'numbered' || c.strength === 'bare') parentNumber = number;
    if (c.strength === 'sub') number = parentNumber ? parentNumber + c.form.sub : c.form.sub;
    const answer = blocks.slice(answerFrom, nextIndex);
    const last = answer[answer.length - 1] ?? blocks[answerFrom - 1]!;
    segments.push({ kind: 'question', number, question, heading: null, start: block.start, end: last.end, blocks: answer });
  }
  return segments;
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
