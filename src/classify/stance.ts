import type { Stance } from '../model/schema.js';
import type { RawSegment } from '../segment/segment.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { TokenRun } from '../text/tokens.js';
import { foreignLanguage } from '../text/language.js';
import { contentBlocks } from './closed-answer.js';
import { readProposal, type ProposalModel } from './proposal.js';
import { argument } from './stance/argument.js';
import { closedAnswer } from './stance/closed.js';
import { heardCues } from './stance/heard-cues.js';
import { stanceOf, type Decider, type Fired, type HeardCues, type StanceContext, type StanceInput } from './stance/input.js';
import { judged } from './stance/judged.js';
import { noAnswer } from './stance/no-answer.js';
import { notEnglish } from './stance/not-english.js';
import { statedPosition } from './stance/stated.js';

export type { Fired, StanceContext } from './stance/input.js';

/**
 * How a stance is decided (issue 25): the first of these to decide wins. No answer or a cross-reference; an
 * explicit closed answer; an answer not in English, left to a reviewer; a position stated in the respondent's own voice (or none, said as such); the
 * answer's argument; and last every cue judged as a whole, which abstains with low confidence when there is
 * nothing to go on.
 */
const DECIDERS: readonly Decider[] = [noAnswer, closedAnswer, notEnglish, statedPosition, argument, judged];

export function classifyStance(
  segment: RawSegment,
  context: StanceContext,
  run = new TokenRun(context.source),
  proposal: ProposalModel | undefined = segment.kind === 'question' ? readProposal(segment.question ?? '', context.rules) : undefined,
  language: string | undefined = answerLanguage(segment, run),
): { stance: Stance; sentences: Sentence[]; fired: Fired[] } {
  if (segment.kind === 'prose') return { stance: stanceOf('none', 'none', 1, 'prose', []), sentences: splitSentences(context.source, segment.blocks, run), fired: [] };
  const content = contentBlocks(segment.blocks);
  const sentences = splitSentences(context.source, content, run);
  let heard: HeardCues | undefined;
  const input: StanceInput = {
    segment,
    context,
    run,
    proposal,
    content,
    sentences,
    open: !(proposal?.report.asksPosition ?? false),
    language,
    cues: () => (heard ??= heardCues(sentences, proposal, context.rules)),
  };
  for (const decide of DECIDERS) {
    const decision = decide(input);
    if (decision) return { ...decision, sentences };
  }
  // judged, the last decider, always decides.
  throw new Error('no stance decider decided');
}

/** The language of an answer not in English (text/language.ts), or undefined for English. */
function answerLanguage(segment: RawSegment, run: TokenRun): string | undefined {
  const first = segment.blocks[0];
  const last = segment.blocks[segment.blocks.length - 1];
  return first && last ? foreignLanguage(run, first.start, last.end) : undefined;
}
