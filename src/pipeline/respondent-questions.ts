import type { CompiledRules } from '../rules/compile.js';
import type { RawSegment } from '../segment/segment.js';
import { isWebFormLine, tickedOn, WEB_FORM_PROMPT } from '../segment/web-form.js';

/**
 * A question about the respondent or the response itself (`Are you happy for
 * your response to be published?`, `May we contact you?`) puts no proposal:
 * its short answer (`Yes`, a ticked `No`) describes the respondent, as a
 * survey's attribute column does, and is no stance (LABELS.md, Stance: which
 * questions ask for a position). Such a segment becomes a prose section
 * headed by the question, and its answer a respondent attribute keyed by the
 * question. The wording is the `survey-columns` rule's `aboutRespondent`.
 */
export function respondentQuestions(raw: readonly RawSegment[], rules: CompiledRules): { segments: RawSegment[]; attributes: Record<string, string> } {
  const attributes: Record<string, string> = {};
  const { aboutRespondent, thresholds } = rules.surveyColumns;
  const segments = raw.map((segment): RawSegment => {
    if (segment.kind !== 'question' || !segment.question || !aboutRespondent(segment.question)) return segment;
    const value = shortAnswer(segment, thresholds.attributeLength);
    if (value === undefined) return segment;
    if (!Object.hasOwn(attributes, segment.question)) attributes[segment.question] = value;
    return { ...segment, kind: 'prose', number: null, question: null, heading: segment.question };
  });
  return { segments, attributes };
}

/** The answer when it is short enough to be an attribute's value: a ticked option, or the whole answer. */
function shortAnswer(segment: RawSegment, maxLength: number): string | undefined {
  const { blocks } = segment;
  for (let i = 0; i < blocks.length; i++) {
    const ticked = tickedOn(blocks[i]!.text, blocks[i + 1]?.text);
    if (ticked) return ticked.text.trim().slice(0, maxLength);
  }
  const content = blocks.filter((b) => !isWebFormLine(b.text) && !WEB_FORM_PROMPT.test(b.text));
  const answer = content.map((b) => b.text.trim()).join(' ');
  return answer !== '' && content.length === 1 && answer.length <= maxLength ? answer : undefined;
}
