import type { Evidence, Stance, StanceLabel } from '../../model/schema.js';
import { reasonText, type StanceReason } from '../../model/stance-reasons.js';
import type { Locator } from '../../read/locate.js';
import type { CompiledRules } from '../../rules/compile.js';
import type { RawSegment } from '../../segment/segment.js';
import type { Block } from '../../segment/block.js';
import type { Sentence } from '../../text/sentences.js';
import type { TokenRun } from '../../text/tokens.js';
import type { ScoredCue } from '../cues.js';
import type { ProposalModel } from '../proposal.js';

export interface StanceContext {
  source: string;
  locate: Locator;
  rules: CompiledRules;
}

/** A rule that fired on a segment and the label it pointed to, for `csc-tag rules --stats`. */
export interface Fired {
  rule: string;
  label: StanceLabel;
}

/** The cues of an answer that are heard (see heard-cues.ts), and those among them stated in the respondent's own voice. */
export interface HeardCues {
  all: ScoredCue[];
  own: ScoredCue[];
}

/** What every decider reads: the answer's sentences, the question's proposal, and its cues, scored once when first asked for. */
export interface StanceInput {
  segment: RawSegment;
  context: StanceContext;
  run: TokenRun;
  proposal: ProposalModel | undefined;
  /** The answer without its furniture (web-form lines); its first block is the answer's opening. */
  content: Block[];
  sentences: Sentence[];
  /** The question asks for suggestions or information, not a position (LABELS.md). */
  open: boolean;
  /** The answer's language when it is not English (text/language.ts). */
  language: string | undefined;
  cues(): HeardCues;
}

export interface Decision {
  stance: Stance;
  fired: Fired[];
}

/** One step of the decision (issue 25): a decision, or nothing to let the next decider try. */
export type Decider = (input: StanceInput) => Decision | undefined;

/** A stance with its reason code and the code's words, made in this one place. */
export function stanceOf(label: StanceLabel, source: Stance['source'], confidence: number, code: StanceReason, evidence: Evidence[], reading?: Stance['reading']): Stance {
  const stance: Stance = { label, source, confidence, code, reason: reasonText(code), evidence };
  if (reading) stance.reading = reading;
  return stance;
}

/** The heard cues as fired rules. */
export const cuesFired = (input: StanceInput): Fired[] => input.cues().all.map((c) => ({ rule: c.cue.payload.rule, label: c.label }));
