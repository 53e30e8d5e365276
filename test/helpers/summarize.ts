import type { DocumentReport, Segment } from '../../src/model/schema.js';

/** Questions and headings are cut to this many characters, the last one an ellipsis. */
export const TEXT_WIDTH = 60;

/**
 * One line per segment, in document order, for golden fixture files:
 *
 *     <id> <kind> <number|-> L<start line>-<end line> <label>/<source> <rule@line:col|-> <themes|-> | <question or heading|->
 *
 * - `L5-9`: the lines the segment spans (its position's start and end lines).
 * - `<rule@line:col>`: the rule of the stance's first deciding evidence and
 *   where that evidence starts (`stance.closed.agree@7:1`), with `(negated)`
 *   after the rule when a negator flipped it (`stance.cue.support(negated)@9:1`
 *   for "We do not support ..."); `-` when the stance has no evidence (a prose
 *   section, an empty answer).
 * - `<themes>`: theme names comma-separated in report order; `-` when none.
 * - the question (prose: the section heading) with white space collapsed,
 *   cut to TEXT_WIDTH characters; `-` when there is none.
 */
export function summarize(doc: DocumentReport): string {
  return doc.segments.map(summarizeSegment).join('\n') + '\n';
}

export function summarizeSegment(segment: Segment): string {
  const { stance } = segment;
  const decides = stance.evidence.find((e) => e.role === 'decides') ?? stance.evidence[0];
  const negated = stance.evidence.some((e) => e.role === 'negates') ? '(negated)' : '';
  const rule = decides ? `${decides.rule}${negated}@${decides.line}:${decides.column}` : '-';
  const themes = segment.themes.length > 0 ? segment.themes.map((t) => t.theme).join(',') : '-';
  const label = segment.kind === 'question' ? segment.question : segment.heading;
  return [
    segment.id,
    segment.kind,
    segment.number ?? '-',
    `L${segment.position.start.line}-${segment.position.end.line}`,
    `${stance.label}/${stance.source}`,
    rule,
    themes,
    '|',
    label ? shorten(label) : '-',
  ].join(' ');
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= TEXT_WIDTH ? flat : flat.slice(0, TEXT_WIDTH - 1).trimEnd() + '…';
}
