import type { CompiledRules } from '../../rules/compile.js';
import type { Sentence } from '../../text/sentences.js';
import { stemCache } from '../../text/stem-cache.js';
import { scoreCues, type ScoredCue } from '../cues.js';
import { voiceOf } from '../position/voice.js';
import type { ProposalModel } from '../proposal.js';
import type { HeardCues } from './input.js';

const NOMINAL = new Set(['NOUN', 'PROPN']);
const FIRST_PERSON = new Set(['we', 'i'].map((w) => stemCache.stemId(w)));

/** How close before a cue `we` or `I` must stand to be its subject (`We are not convinced`). */
const SUBJECT_REACH = 3;

/**
 * The cues of an answer that are heard, and those the respondent states in their own voice. A position word
 * (`support`, `against`) is heard only in the respondent's voice (position/voice.ts); any cue in a relative
 * clause (`the families we support`) says nothing about the proposal.
 */
export function heardCues(sentences: readonly Sentence[], proposal: ProposalModel | undefined, rules: CompiledRules): HeardCues {
  const all: ScoredCue[] = [];
  const own: ScoredCue[] = [];
  for (const cue of scoreCues(sentences, rules)) {
    const { payload } = cue.cue;
    if (!payload.statement && !payload.personal) {
      all.push(cue);
      if (payload.reservation || subjectBefore(cue)) own.push(cue);
      continue;
    }
    // The proposal's own action is no position on it (`Opposing collectivism would ...`, asked whether to oppose it).
    if (proposal && namesAction(cue, proposal, rules)) continue;
    const reading = voiceOf(cue.sentence, cue.cue.from, cue.cue.to, payload.personal, proposal, rules);
    if (reading.voice === 'relative') continue;
    if (payload.statement) {
      // One bare word used as a noun is no position (`Support for carers is vital`), unless a word referring
      // to the proposal follows it straight away (`Support this.`, which the tagger may read as a noun).
      const nominal = cue.cue.to - cue.cue.from === 1 && NOMINAL.has(reading.tag ?? '') && !refersNext(cue, rules);
      if (nominal || reading.voice === 'other') continue;
    }
    all.push(cue);
    own.push(cue);
  }
  return { all, own };
}

/** The cue's words are the proposal's own action (its rule matches over them). */
function namesAction(cue: ScoredCue, proposal: ProposalModel, rules: CompiledRules): boolean {
  if (!proposal.actionRule) return false;
  const { tokens } = cue.sentence;
  return rules.argument.actions.findAll(tokens, cue.cue.from, cue.cue.to).some((a) => a.payload.rule === proposal.actionRule);
}

/** `we` or `I` stands just before a judgement cue as its subject (`We are not convinced`). */
function subjectBefore(cue: ScoredCue): boolean {
  const { tokens, from } = cue.sentence;
  for (let i = Math.max(from, cue.cue.from - SUBJECT_REACH); i < cue.cue.from; i++) if (FIRST_PERSON.has(tokens.ids[i]!)) return true;
  return false;
}

/** The word after a cue refers back to the proposal (`this`, `it`, `the proposal`). */
function refersNext(cue: ScoredCue, rules: CompiledRules): boolean {
  const { tokens, to } = cue.sentence;
  const next = rules.argument.markers.matchHere(tokens, cue.cue.to, to);
  return next !== undefined && next.from === cue.cue.to && (next.payload.role === 'reference' || next.payload.role === 'pronoun');
}
