import type { CompiledRules } from '../../rules/compile.js';
import type { Sentence } from '../../text/sentences.js';
import type { ProposalModel } from '../proposal.js';
import { posTags, type PosTag } from './pos-tags.js';

/**
 * Who states a position word, read from the words before it (issue: positions in every voice):
 * - `first-person`: `I`/`we` is its subject (`We would fully support`, `I am totally against`);
 * - `no-subject`: nothing but adverbs and auxiliaries before it in its clause (`Fully support.`, `Totally against this.`);
 * - `third-person`: a noun phrase that opens the clause is its subject (`The Town Council supports this policy`),
 *   and the word's object is the proposal or nothing, not something else (`The council supports families`);
 * - `relative`: it sits in a relative clause (`the families we support`, `the carers that we support`): no position;
 * - `other`: any other subject (`It discriminates against`, `Registration supports`): a judgement, not a position.
 */
export type Voice = 'first-person' | 'no-subject' | 'third-person' | 'relative' | 'other';

export interface VoiceReading {
  voice: Voice;
  /** Token indices [from, to) of the subject, when there is one. */
  subject?: { from: number; to: number };
  /** The part of speech of the position word's first token, when it was tagged. */
  tag?: PosTag;
}

// Words between a subject and its verb that do not change who speaks: `would`, `fully`, `do not`, `also`.
const BETWEEN = new Set<PosTag>(['ADV', 'AUX', 'PART', 'INTJ']);
// What a noun phrase naming a body is made of: `The governing body of Ysgol Pen-y-Bryn`, `Calder Valley Community Health`.
const NOUN_PHRASE = new Set<PosTag>(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PUNCT', 'CCONJ', 'ADP']);
const FIRST_PERSON = new Set(['i', 'we']);
// A nominal position in the first person carries its own voice: `my opposition to`, `our support for`.
const FIRST_PERSON_POSSESSIVE = new Set(['my', 'our']);
const RELATIVE = new Set(['that', 'who', 'whom', 'which']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
// Tagging is the costliest step of reading a stance, so the commonest cases are settled from the word before
// the position word without it. After a determiner or a preposition it is a noun or an infinitive (`the support`,
// `more support for`, `to support`), never a stated position; before `we`, a conjunction or a discourse word
// opens a clause of its own (`and we support`, `Overall, we support`), so `we` is no relative clause's subject.
const NEVER_BEFORE_A_POSITION = new Set(
  'the a an of for to more less any some all additional extra further their its his her your such much many with without in on at by from into through this that these those'.split(' '),
);
const OPENS_A_CLAUSE = new Set('and but so yes therefore also however because as if when then overall thus hence while although though whilst'.split(' '));
const CLAUSE_BREAK = /[,;:()–—]/;
/** How far after a position word its object is read. */
const OBJECT_REACH = 12;

const word = (s: Sentence, i: number): string => s.tokens.text.slice(s.tokens.starts[i]!, s.tokens.ends[i]!).toLowerCase();
const breakBetween = (s: Sentence, i: number): boolean => CLAUSE_BREAK.test(s.tokens.text.slice(s.tokens.ends[i - 1]!, s.tokens.starts[i]!));

/** The first token of the clause that holds token `at`: after the last clause break before it. */
function clauseStart(s: Sentence, at: number): number {
  for (let i = at; i > s.from; i--) if (breakBetween(s, i)) return i;
  return s.from;
}

function clauseEnd(s: Sentence, after: number): number {
  for (let i = after; i < s.to; i++) if (i > after && breakBetween(s, i)) return i;
  return s.to;
}

/**
 * The voice of a position word at tokens [from, to) of a sentence. `opensWithSubject`: the rule's phrase
 * itself opens with `I` or `we` (`we ~ support`), so its first token is the subject.
 */
export function voiceOf(s: Sentence, from: number, to: number, opensWithSubject: boolean, proposal: ProposalModel | undefined, rules: CompiledRules): VoiceReading {
  if (FIRST_PERSON_POSSESSIVE.has(word(s, from))) return { voice: 'first-person', subject: { from, to: from + 1 } };
  const start = clauseStart(s, from);
  const before = from > start ? word(s, from - 1) : undefined;
  if (opensWithSubject && (before === undefined || OPENS_A_CLAUSE.has(before))) return { voice: 'first-person', subject: { from, to: from + 1 } };
  if (!opensWithSubject && before !== undefined && NEVER_BEFORE_A_POSITION.has(before)) return { voice: 'other' };
  // Only the clause up to the position word is tagged (or, for `we ~ support`, the word before `we`).
  const window = opensWithSubject ? Math.max(s.from, from - 1) : start;
  const tags = posTags(s, window, to);
  const tag = (i: number): PosTag => (i >= window && i < to ? tags[i - window]! : 'X');
  const reading = voiceAt(s, from, to, start, tag, opensWithSubject, proposal, rules);
  return { ...reading, tag: tag(from) };
}

function voiceAt(s: Sentence, from: number, to: number, start: number, tag: (i: number) => PosTag, opensWithSubject: boolean, proposal: ProposalModel | undefined, rules: CompiledRules): VoiceReading {
  let j = opensWithSubject ? from : from - 1;
  let be = false;
  if (!opensWithSubject) {
    for (; j >= start && (BETWEEN.has(tag(j)) || word(s, j) === 'not'); j--) be ||= BE.has(word(s, j));
  }
  if (j < start) return { voice: 'no-subject' };
  // A second verb, with an auxiliary of its own, shares the first one's subject: `we share the aim but cannot
  // support a cap`; `the care and support they need` joins two nouns, not two verbs.
  if (tag(j) === 'CCONJ' && !opensWithSubject) return j < from - 1 ? sharedSubject(s, j, to, proposal, rules) : { voice: 'other' };
  if (FIRST_PERSON.has(word(s, j))) {
    const k = j - 1;
    const relative = k >= s.from && !breakBetween(s, j) && (tag(k) === 'NOUN' || tag(k) === 'PROPN' || RELATIVE.has(word(s, k)));
    return { voice: relative ? 'relative' : 'first-person', subject: { from: j, to: j + 1 } };
  }
  if ((tag(j) !== 'NOUN' && tag(j) !== 'PROPN') || be) return { voice: 'other' };
  let k = j;
  while (k - 1 >= start && NOUN_PHRASE.has(tag(k - 1))) k--;
  if (k !== start || tag(k) === 'ADP' || tag(k) === 'CCONJ') return { voice: 'other' };
  const subject = { from: k, to: j + 1 };
  // The proposal's own object does not speak (`Registration supports safety`); a body does, on the proposal,
  // though its name may share a word with it (`Recruitment and Employment Partners` on an employment agency fee).
  if (proposal && mentionsObject(s, j, j + 1, proposal)) return { voice: 'other', subject };
  return { voice: objectIsProposal(s, to, proposal, rules) ? 'third-person' : 'other', subject };
}

function mentionsObject(s: Sentence, from: number, to: number, proposal: ProposalModel): boolean {
  for (let i = from; i < to; i++) if (proposal.objectIds.has(s.tokens.ids[i]!)) return true;
  return false;
}

/** Whether what follows a position word is the proposal: nothing, a word referring back to it, or its object's words. */
export function objectIsProposal(s: Sentence, after: number, proposal: ProposalModel | undefined, rules: CompiledRules): boolean {
  const end = Math.min(clauseEnd(s, after), after + OBJECT_REACH);
  if (end <= after) return true;
  const refers = rules.argument.markers.findAll(s.tokens, after, end).some((m) => m.payload.role === 'reference' || m.payload.role === 'pronoun');
  return refers || (proposal !== undefined && mentionsObject(s, after, end, proposal));
}

/** The subject of the clause before a conjunction, for the verb after it: `I` or `we`, or a noun phrase opening the sentence. */
/**
 * The subject of the verb before a conjunction, for the verb after it: the nearest verb before the conjunction,
 * and the word before that verb and its auxiliaries (`We share the aim but ...`: `We`; `the Act is out of date
 * and does not support ...`: `Act`, no position of the respondent's).
 */
function sharedSubject(s: Sentence, conjunction: number, to: number, proposal: ProposalModel | undefined, rules: CompiledRules): VoiceReading {
  const tags = posTags(s, s.from, conjunction);
  const tag = (i: number): PosTag => tags[i - s.from] ?? 'X';
  let verb = conjunction - 1;
  while (verb >= s.from && tag(verb) !== 'VERB' && tag(verb) !== 'AUX') verb--;
  let k = verb - 1;
  while (k >= s.from && (BETWEEN.has(tag(k)) || word(s, k) === 'not')) k--;
  if (k < s.from) return { voice: 'other' };
  if (FIRST_PERSON.has(word(s, k))) return { voice: 'first-person', subject: { from: k, to: k + 1 } };
  if (tag(k) !== 'NOUN' && tag(k) !== 'PROPN') return { voice: 'other' };
  let first = k;
  while (first - 1 >= s.from && NOUN_PHRASE.has(tag(first - 1)) && !breakBetween(s, first)) first--;
  if (first !== s.from || (proposal && mentionsObject(s, k, k + 1, proposal))) return { voice: 'other' };
  return { voice: objectIsProposal(s, to, proposal, rules) ? 'third-person' : 'other', subject: { from: first, to: k + 1 } };
}
