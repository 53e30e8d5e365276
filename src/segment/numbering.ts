import type { Block } from './block.js';

/** What a block says about being a question. */
export interface QuestionNumbering {
  /** `7`, `12a` or null when unnumbered. */
  number: string | null;
  /** Sub-question letter or numeral (`a`, `ii`), to be joined to its parent's number. */
  sub: string | null;
  /** Offset in the block's text where the question's words begin (after the number prefix). */
  textStart: number;
  /** The question is its first line only (`Question 3 Please tell us ...` with no closing mark): the answer may follow on the next. */
  firstLine?: boolean;
}

// `Question 7:`, `Question 7.`, `Q7.`, `Q 7:`, `**Question 7**` (markup at the start is ignored).
const NUMBERED = /^[*_]*(?:question|q)[ \t]*(\d{1,3}[a-z]?)[*_]*(?:[ \t]*[:.)–—-])?[*_]*[ \t]*/i;
// `Proposal 3:`, `Principle 2.`: a statement put to the respondent for comment (LABELS.md, Segments).
const STATEMENT = /^[*_]*(proposal|principle|recommendation|statement)[ \t]+(\d{1,3}[a-z]?)[*_]*[ \t]*[:.)–—-][*_]*[ \t]*(?=\S)/i;
// `7.` or `7)` then the question.
const BARE_NUMBER = /^[*_]*(\d{1,3})[.)][*_]*[ \t]+/;
// `a.`, `a)`, `(a)`, `i.`, `(ii)`.
const SUB = /^[*_]*(?:\(([a-z]|[ivx]{1,4})\)|([a-z]|[ivx]{1,4})[.)])[*_]*[ \t]+/;

export function numberedQuestion(block: Block): QuestionNumbering | undefined {
  const match = NUMBERED.exec(block.text);
  if (!match) return undefined;
  const rest = block.text.slice(match[0].length);
  // `Q19).` closing a reference wrapped from the line before (`(see Appendix 5,`) is no question: its words are punctuation.
  if (/^[.,;:)\]]/.test(rest.trimStart()) || (rest.trim() !== '' && !/\p{L}/u.test(rest.split('\n')[0]!))) return undefined;
  // "Question 7 of the consultation asks..." is prose: require punctuation, a question, or the question's own capital
  // (`Question 2 If so what ...`, written without a colon) to follow.
  const punctuated = /[:.)–—-]\s*[*_]*\s*$/.test(match[0].trimEnd());
  const asked = punctuated || endsAsQuestion(rest) || rest.length === 0;
  if (!asked && !/^[*_"“‘]*\p{Lu}/u.test(rest)) return undefined;
  return { number: match[1]!.toLowerCase(), sub: null, textStart: match[0].length, ...(asked ? {} : { firstLine: true }) };
}

/** `Proposal 3: Local authorities should ...`: numbered `proposal 3`, so it is never taken for question 3. */
export function numberedStatement(block: Block): QuestionNumbering | undefined {
  const match = STATEMENT.exec(block.text);
  if (!match) return undefined;
  return { number: `${match[1]!.toLowerCase()} ${match[2]!.toLowerCase()}`, sub: null, textStart: match[0].length };
}

/**
 * `3. Do you agree ...?`. Numbered lists are common in prose, so the caller
 * decides from the whole document whether bare numbers mark questions.
 */
export function bareNumberedQuestion(block: Block): (QuestionNumbering & { asks: boolean }) | undefined {
  const match = BARE_NUMBER.exec(block.text);
  if (!match) return undefined;
  const rest = block.text.slice(match[0].length);
  return { number: match[1]!, sub: null, textStart: match[0].length, asks: asksSomething(rest) && !answersItself(rest) };
}

/**
 * A numbered paragraph that asks and then answers in its own words (`30. How well are children helped to stay safe?
 * Social workers visit ...`): a report's paragraph, not a question put to a respondent. What may follow a question in
 * its paragraph is guidance to the respondent (`Please explain.`, `Give examples from your area.`).
 */
function answersItself(rest: string): boolean {
  const mark = rest.indexOf('?');
  if (mark < 0) return false;
  const after = rest.slice(mark + 1).trim();
  return after !== '' && !/\b(?:you|your|please)\b/i.test(after);
}

/** `a.`, `(a)`, `ii.`: `asks` when the text is itself a question. */
export function subQuestion(block: Block): (QuestionNumbering & { asks: boolean; style: string }) | undefined {
  const match = SUB.exec(block.text);
  if (!match) return undefined;
  const rest = block.text.slice(match[0].length);
  const label = (match[1] ?? match[2])!.toLowerCase();
  const style = `${match[1] ? '(' : ''}${/^[ivx]+$/.test(label) && label !== 'v' && label !== 'x' ? 'roman' : 'letter'}`;
  return { number: null, sub: label, textStart: match[0].length, asks: endsAsQuestion(rest), style };
}

/** A question, or a request ending in `:` or put to the respondent (`Please describe ...:`, `Any other comments`). */
export function asksSomething(text: string): boolean {
  const trimmed = text.trim();
  return endsAsQuestion(trimmed) || /:[*_]*$/.test(trimmed) || addressesRespondent(trimmed);
}

/** The first sentence ends in `?` (a question may add a second sentence of guidance). */
export function endsAsQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (/\?[*_"”’)\]]*$/.test(trimmed)) return true;
  const firstSentence = /^[^.!?]*\?/.exec(trimmed);
  return firstSentence !== null;
}

/** The question speaks to the reader: "you", "your". */
export function secondPerson(text: string): boolean {
  return /\b(?:you|your|yours)\b/i.test(text);
}

/**
 * An unnumbered question paragraph: its first sentence asks, or it ends by
 * asking the respondent after a sentence of context ("The framework sets out
 * four outcomes. Do you agree that these are the right outcomes?").
 */
export function unnumberedQuestionText(text: string): boolean {
  if (!text.includes('?') || sentenceCount(text) > 3 || text.split(/\s+/).length < 5) return false;
  if (/^[^.!?]*\?/.test(text)) return true;
  const trimmed = text.replace(/[*_"”’)\]\s]+$/, '');
  if (!trimmed.endsWith('?')) return false;
  const body = trimmed.slice(0, -1);
  const last = body.slice(Math.max(body.lastIndexOf('.'), body.lastIndexOf('!'), body.lastIndexOf('?')) + 1);
  return secondPerson(last);
}

/**
 * Consultation questions are put to the respondent: they say "you", or use
 * the openings consultations use. Headline and rhetorical questions rarely do.
 */
export function addressesRespondent(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  if (/\b(you|your|yours)\b/.test(lower)) return true;
  return CONSULTATION_OPENING.test(lower);
}

/** The openings consultations put their questions with, after an optional `Overall,` or `In your view,`. */
const CONSULTATION_OPENING = new RegExp(
  [
    String.raw`^(?:\W*)(?:overall,?\s+)?(?:in your (?:view|opinion),?\s+)?`,
    String.raw`(?:any (?:other|further|additional) (?:comments|views|evidence)`,
    String.raw`|please (?:describe|explain|tell|give|provide|set out|list|outline|share|comment)`,
    String.raw`|to what extent|how (?:can|could|should|might|far|well|would|will|do we|best)`,
    String.raw`|what (?:more|support|further|else|are the|would|should|changes|could|is needed|other)`,
    String.raw`|which|are there|is there|should|would|do |does |have )`,
  ].join(''),
);

/** Sentences in a block: a question paragraph is short. */
export function sentenceCount(text: string): number {
  return text.split(/(?<=[.?!])["”’)\]]*\s+(?=[A-Z“"‘(])/).filter((s) => s.trim().length > 0).length;
}

/** `Questions` or `Questions:` on its own: what follows is the author's list of questions, not answered ones. */
export function isAuthorQuestionsHeading(block: Block): boolean {
  // Not "Consultation questions": a response may head its answers so.
  return /^[*_#\s]*(?:key )?questions?[*_]*:?[*_]*$/i.test(block.text);
}
