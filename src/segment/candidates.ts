import type { Block } from './block.js';
import { WEB_FORM_PROMPT, isWebFormLine } from './web-form.js';
import { addressesRespondent, bareNumberedQuestion, numberedQuestion, secondPerson, numberedStatement, subQuestion, unnumberedQuestionText, type QuestionNumbering } from './numbering.js';

/** A block that may be a question, and what kind of question it would be. */
export interface Candidate {
  index: number;
  numbering: QuestionNumbering;
  strength: 'numbered' | 'bare' | 'sub' | 'web-form' | 'unnumbered';
  /** Whether the block's own words ask something (bare numbers and sub-items may not). */
  asks: boolean;
  /** Sub-item numbering style, so a run of `i.`, `ii.` items keeps together. */
  style?: string;
  /** A heading or bold line that asks: the format marks it as a question. */
  marked?: boolean;
  /** A quoted statement followed by a comment on it. */
  quoted?: boolean;
  /** A statement followed by a closed answer on its own (`Strongly agree`): a survey's statement put for agreement. */
  rated?: boolean;
}

/** Words a rated statement has at least: a closed answer after a two-word label is a form's field, not a statement's answer. */
const RATED_MIN_WORDS = 3;

/** Blocks whose shape makes them possible questions: numbered, bare-numbered, sub-items, web-form questions, `?` paragraphs. */
export function findCandidates(blocks: Block[], author: Set<number>, isClosedAnswer?: (text: string) => boolean): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const previous = blocks[i - 1];
    // Web-form lines, prompts, and the option after `Ticked`/`Unticked` are the web form, not questions.
    if (author.has(i) || isWebFormLine(block.text) || WEB_FORM_PROMPT.test(block.text) || (previous && isWebFormLine(previous.text))) continue;
    const numbered = block.kind === 'list-item' ? undefined : (numberedQuestion(block) ?? numberedStatement(block));
    if (numbered) {
      candidates.push({ index: i, numbering: numbered, strength: 'numbered', asks: true });
      continue;
    }
    const bare = block.kind === 'list-item' ? undefined : bareNumberedQuestion(block);
    if (bare) {
      candidates.push({ index: i, numbering: bare, strength: 'bare', asks: bare.asks });
      continue;
    }
    const sub = block.kind === 'list-item' ? undefined : subQuestion(block);
    if (sub) {
      candidates.push({ index: i, numbering: sub, strength: 'sub', asks: sub.asks, style: sub.style });
      continue;
    }
    // A quoted statement standing alone, the respondent's comment after it: a draft principle put for comment.
    const next0 = blocks[i + 1];
    if (block.quoted && block.kind === 'paragraph' && !previous?.quoted && next0 && !next0.quoted && next0.kind !== 'heading' && !block.text.includes('?') && block.text.split(/\s+/).length >= 5) {
      candidates.push({ index: i, numbering: { number: null, sub: null, textStart: 0 }, strength: 'unnumbered', asks: true, quoted: true });
      continue;
    }
    const after = blocks[i + 1];
    if (
      isClosedAnswer &&
      after &&
      (block.kind === 'paragraph' || block.kind === 'heading') &&
      after.kind === 'paragraph' &&
      !block.quoted &&
      // The next block first: the closed wordings reject a long text at once, so most blocks cost next to nothing here.
      isClosedAnswer(after.text) &&
      !block.text.includes('?') &&
      !isClosedAnswer(block.text) &&
      block.text.split(/\s+/).length >= RATED_MIN_WORDS
    ) {
      candidates.push({ index: i, numbering: { number: null, sub: null, textStart: 0 }, strength: 'unnumbered', asks: true, rated: true });
      continue;
    }
    if (block.marked) {
      candidates.push({ index: i, numbering: { number: null, sub: null, textStart: 0 }, strength: 'unnumbered', asks: true, marked: true });
      continue;
    }
    if (block.kind === 'list-item' || block.kind === 'heading') continue;
    const next = blocks[i + 1];
    if (next && (WEB_FORM_PROMPT.test(next.text) || isWebFormLine(next.text))) {
      candidates.push({ index: i, numbering: { number: null, sub: null, textStart: 0 }, strength: 'web-form', asks: true });
      continue;
    }
    if (unnumberedQuestionText(block.text)) {
      candidates.push({ index: i, numbering: { number: null, sub: null, textStart: 0 }, strength: 'unnumbered', asks: true });
    }
  }
  return candidates;
}

/**
 * Numbered and web-form questions stand on their own. Unnumbered ones must be
 * followed by an answer and must be put to the respondent; and in a document
 * that numbers its questions, an unnumbered `?` paragraph is part of an answer.
 */
export function acceptCandidates(blocks: Block[], candidates: Candidate[]): Candidate[] {
  const isCandidate = new Set(candidates.map((c) => c.index));
  const answered = (c: Candidate): boolean => {
    const next = blocks[c.index + 1];
    return next !== undefined && !isCandidate.has(c.index + 1) && next.kind !== 'heading';
  };
  const text = (c: Candidate): string => blocks[c.index]!.text.slice(c.numbering.textStart);
  // Bare numbers mark questions when several numbered paragraphs ask something, or one is plainly put to the respondent.
  const asking = candidates.filter((c) => c.strength === 'bare' && c.asks && answered(c));
  const bareQuestionnaire = asking.length >= 2 || asking.some((c) => addressesRespondent(text(c)));
  const unnumbered = candidates.filter((c) => c.strength === 'unnumbered' && answered(c));
  // A run of answered questions, at least two of them plainly put to the respondent, marks a questionnaire: one such
  // among an author's headline questions (a manifesto's `How will we pay for it?`) does not.
  const questionnaire = unnumbered.length >= 2 && unnumbered.filter((c) => addressesRespondent(blocks[c.index]!.text)).length >= 2;
  // In a document that numbers its questions, an unnumbered `?` paragraph belongs to an answer.
  const numberedDocument = candidates.some((c) => c.strength === 'numbered' || (c.strength === 'bare' && c.asks && bareQuestionnaire));
  // Quoted statements are put for comment when the document does it at least twice; once is a quotation within an answer.
  const statements = candidates.filter((c) => c.quoted && answered(c)).length >= 2;
  // Statements each followed by a closed answer are put for agreement when the document does it at least twice, as quoted ones are.
  const rated = candidates.filter((c) => c.rated && answered(c)).length >= 2;
  const accepted: Candidate[] = [];
  let parent: Candidate | undefined;
  // Sub-items right after a parent question are its sub-questions, asked or stated ("i. Packages should ...").
  let runStyle: string | undefined;
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
      runStyle = directlyBefore(next) && next!.strength === 'sub' ? next!.style : undefined;
    }
    if (c.strength === 'sub') {
      const inRun = parent !== undefined && runStyle !== undefined && runStyle === c.style;
      if (!inRun && !(c.asks && (parent !== undefined || answered(c)))) continue;
    }
    if (c.quoted) {
      if (!statements || !answered(c)) continue;
    } else if (c.rated) {
      if (!rated || !answered(c)) continue;
    } else if (c.marked) {
      // Set apart by the format, a question even among numbered ones; but a headline question its author answers is prose.
      if (!answered(c) || !(questionnaire || addressesRespondent(blocks[c.index]!.text))) continue;
    } else if (c.strength === 'unnumbered') {
      if (numberedDocument || !answered(c)) continue;
      // A lone question is a headline or a rhetorical question unless it is put to "you" and stands alone as its paragraph.
      const own = blocks[c.index]!.text;
      if (!questionnaire && !(secondPerson(own) && /\?[*_"”’)\]]*\s*$/.test(own))) continue;
    }
    accepted.push(c);
  }
  return accepted;
}
