import { readProposal } from '../classify/proposal.js';
import { classifyStance } from '../classify/stance.js';
import { classifyThemes } from '../classify/themes.js';
import type { Segment } from '../model/schema.js';
import { segmentKey } from '../model/segment-key.js';
import type { Locator } from '../read/locate.js';
import type { CompiledRules } from '../rules/compile.js';
import type { RawSegment } from '../segment/segment.js';
import { foreignLanguage, LANGUAGE_NAMES } from '../text/language.js';
import { TokenRun } from '../text/tokens.js';
import type { TagOptions } from './tag-document.js';

/**
 * Labels a document's segments, however they were found (from its text, or ready from a survey row):
 * each question's proposal, its stance and every segment's themes. `file` names the document, for each segment's key.
 */
export function labelSegments(file: string, raw: readonly RawSegment[], text: string, locate: Locator, rules: CompiledRules, options: TagOptions = {}): Segment[] {
  // Each question's proposal is read before the document's words are scanned: its object's stems get ids then.
  const proposals = raw.map((seg) => (seg.kind === 'question' ? readProposal(seg.question ?? '', rules) : undefined));
  // The document's words, scanned once: a document costs three arrays, not an object per word.
  const run = new TokenRun(text);
  return raw.map((seg, i) => {
    const proposal = proposals[i];
    const first = seg.blocks[0];
    const last = seg.blocks[seg.blocks.length - 1];
    const language = first && last ? foreignLanguage(run, first.start, last.end) : undefined;
    const { stance, sentences, fired } = classifyStance(seg, { source: text, locate, rules }, run, proposal, language);
    const answer = first && last ? text.slice(first.start, last.end) : '';
    const segment: Segment = {
      id: `s${i + 1}`,
      key: segmentKey(file, seg.question, answer),
      kind: seg.kind,
      number: seg.number,
      question: seg.question,
      heading: seg.heading,
      answer,
      position: { start: locate(seg.start), end: locate(seg.end) },
      proposal: proposal?.report ?? null,
      stance,
      themes: classifyThemes(sentences, rules, text, locate),
    };
    if (language) segment.language = language;
    options.onFired?.(segment, fired);
    return segment;
  });
}

/** A warning for each segment whose answer is not in English: the tagger's rules are English, so its labels need a reader. */
export function languageWarnings(segments: readonly Segment[]): { code: string; message: string }[] {
  return segments
    .filter((s) => s.language !== undefined)
    .map((s) => ({
      code: 'not-english',
      message: `${s.id}${s.number ? ` (question ${s.number})` : ''} reads as ${LANGUAGE_NAMES[s.language!] ?? s.language} (${s.language}), not English: check its labels by hand`,
    }));
}
