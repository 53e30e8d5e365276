import type { Evidence, Segment } from '../model/schema.js';
import { shorten } from '../text/utils.js';

/** Longest explanation sentence a quote keeps. */
const EXPLANATION_MAX = 300;

/**
 * The quote that lets a reader check a segment's row against the text: for
 * an explicit answer, the closed answer and the first sentence of its
 * explanation ("Agree. We welcome the focus on kinship care."), since
 * "Agree." alone says nothing; otherwise the span that decided the stance,
 * else the first theme evidence.
 */
export function segmentQuote(segment: Segment): Pick<Evidence, 'text' | 'line'> | undefined {
  const decides = segment.stance.evidence.find((e) => e.role === 'decides');
  if (decides && segment.stance.source === 'explicit') return { text: withExplanation(segment.answer, decides.text), line: decides.line };
  return decides ?? segment.themes.flatMap((tag) => tag.evidence)[0];
}

/**
 * The closed answer and the sentence after it, whitespace collapsed, kept
 * apart as the respondent wrote them: their punctuation (`Agree. We ...`),
 * their dash (`Agree - because ...`), else, for a closed answer on a line or
 * in a cell of its own, a dash (`Strongly disagree — It is ...`), so the two
 * never run together as one sentence.
 */
export function withExplanation(answer: string, closed: string): string {
  const at = answer.indexOf(closed);
  if (at < 0) return closed;
  const rest = answer.slice(at + closed.length);
  const lead = /^[\s.,;:!?)\]–—-]*/.exec(rest)![0];
  const body = rest.slice(lead.length);
  const first = /^[\s\S]*?[.!?…]["'”’)\]]*(?=\s|$)/.exec(body)?.[0] ?? body;
  const explanation = shorten(first.replace(/\s+/g, ' ').trim(), EXPLANATION_MAX);
  const mark = lead.replace(/\s+/g, '');
  if (explanation === '') return closed + mark;
  if (/[.,;:!?)\]]/.test(mark) || /[.,;:!?)\]]$/.test(closed)) return `${closed}${mark} ${explanation}`;
  return `${closed} ${mark || '—'} ${explanation}`;
}

/**
 * The quote that stands for an answer in the question view: the segment's
 * quote, else the answer's first sentence, so that every answer with text
 * has one. Its line is the answer's first line (the answer ends the segment).
 */
export function keyQuote(segment: Segment, max: number): Pick<Evidence, 'text' | 'line'> | null {
  const quote = segmentQuote(segment);
  if (quote) return { text: shorten(quote.text, max), line: quote.line };
  const answer = segment.answer.trim();
  if (answer === '' || segment.stance.label === 'none') return null;
  const first = /^[\s\S]*?[.!?…]["'”’)\]]*(?=\s|$)/.exec(answer)?.[0] ?? answer;
  const line = segment.position.end.line - (segment.answer.trimEnd().match(/\n/g)?.length ?? 0);
  return { text: shorten(first.replace(/\s+/g, ' '), max), line: Math.max(segment.position.start.line, line) };
}
