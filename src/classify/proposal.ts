import { createRequire } from 'node:module';
import type { Proposal } from '../model/schema.js';
import type { CompiledRules } from '../rules/compile.js';
import type { Direction } from '../rules/compile-argument.js';
import { porterStem } from '../text/natural.js';
import { stemCache, wordChar } from '../text/stem-cache.js';
import { isOpenQuestion } from './open-question.js';
import { TokenRun } from '../text/tokens.js';
import { scoreWords } from './argument/polarity.js';
import { posTags } from './position/pos-tags.js';

const require = createRequire(import.meta.url);
// natural's English stop-word list, by deep path (the package root is heavy): function words name no object.
const { words: STOP_WORDS } = require('natural/lib/natural/util/stopwords.js') as { words: string[] };
const STOPS = new Set(STOP_WORDS);

/** The question's proposal as the reading of an argument uses it: ids of its own words, which carry no polarity. */
export interface ProposalModel {
  readonly report: Proposal;
  /** +1 when agreeing moves the object forward (introduce, fund, keep; a claim that it is good), -1 when it holds it back. */
  readonly sign: 1 | -1;
  readonly actionRule: string | null;
  readonly objectIds: ReadonlySet<number>;
}

/** How many words may lead into a frame (`Overall,`, `In your view,`) before it stops counting as the opening. */
const FRAME_REACH = 3;
// Requests for information put as imperatives (`Please describe ...`) are open too.
const WH_OPENING = /^(?:[^?]{0,40}?,\s*)?(?:what|which|who|whom|whose|where|when|why|how|if|beyond|please|tell|describe|list|explain|give|provide|outline|set out)\b/i;

// An action that is the proposal going ahead (`go ahead`) moves its object the way the proposal does: forward, in a question.
const sign = (d: Direction): 1 | -1 => (d === 'restrict' ? -1 : 1);

/**
 * Reads the proposal a question puts: whether it asks for a position (LABELS.md, which questions ask for a
 * position), the action it takes and its direction, and the object it acts on. `Do you agree that we should
 * fight for the abolition of nuclear weapons?`: frame `do you agree`, actions `fight for` (promote) and
 * `abolition` (restrict), so restrict; object `nuclear weapons`. A statement with no action
 * (`Foster care brings more harm than good`) is a claim: its direction is the sign of its polarity.
 */
export function readProposal(question: string, rules: CompiledRules): ProposalModel {
  // Respondents answer the same questions: each is read once per rule set (bounded, so memory stays flat).
  let cache = proposals.get(rules);
  if (!cache) proposals.set(rules, (cache = new Map()));
  let model = cache.get(question);
  if (!model) {
    if (cache.size >= PROPOSAL_CACHE_LIMIT) cache.clear();
    cache.set(question, (model = readUncached(question, rules)));
  }
  return model;
}

const PROPOSAL_CACHE_LIMIT = 2_000;
const proposals = new WeakMap<CompiledRules, Map<string, ProposalModel>>();

/**
 * The part of a question that puts the proposal. Two questions in one (`Should X be banned, and what impact
 * would this have on Y?`, `Do you agree ...? Please explain your answer.`): the first carries the proposal.
 * A label (`Proposal 3:`, `Policy TC2:`) names the statement after it.
 */
export function proposalPart(question: string): { text: string; labelled: boolean } {
  let text = question.trim();
  const label = LABEL.exec(text);
  if (label) text = text.slice(label[0].length);
  const second = SECOND_QUESTION.exec(text);
  if (second && second.index > 0) text = text.slice(0, second.index);
  return { text: text.trim(), labelled: label !== null };
}
const LABEL = /^[A-Z][A-Za-z]*\s+[A-Z]{0,4}\d+[a-z]?\s*[:.–—-]\s+(?=\S)/;
const SECOND_QUESTION = /\?\s+(?=\S)|,\s*(?:and|or)\s+(?:what|how|why|which|who|if|whether|please)\b|[.!]\s+(?:please|if so|why|what|how)\b/i;
const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

function readUncached(whole: string, rules: CompiledRules): ProposalModel {
  const { argument } = rules;
  const { text: question, labelled } = proposalPart(whole);
  // Its content words get stem ids before the question is scanned: giving an id to the stem of a word the
  // cache already holds would make every cached word look its id up again.
  for (const word of contentWords(question)) stemCache.stemId(porterStem(word));
  const run = new TokenRun(question);
  const open = isOpenQuestion(question, rules, run);
  let start = 0;
  let frame: string | null = null;
  let frameAt = -1;
  for (let i = 0; i < Math.min(run.length, FRAME_REACH) && frame === null; i++) {
    const m = argument.positionFrames.matchHere(run, i);
    if (m) [frame, start, frameAt] = [m.payload, m.to, i];
  }
  // Frames run on (`To what extent do you agree that …`): the proposal starts after the last of them.
  for (let m = frame ? argument.positionFrames.matchHere(run, start) : undefined; m; m = argument.positionFrames.matchHere(run, start)) start = m.to;
  // An action word that modifies the noun after it is no action (`the permit fee`, `the speed limit`).
  const tags = posTags({ start: 0, end: question.length, tokens: run, from: 0, to: run.length });
  const actions = argument.actions.findAll(run, start).filter((a) => !(tags[a.from] === 'NOUN' && a.to === a.from + 1 && tags[a.to] === 'NOUN'));
  // Consecutive actions compose: `fight for` the `abolition` of X restricts X.
  let direction: Direction | null = null;
  let objectFrom = start;
  let objectTo = run.length;
  let actionText: string | null = null;
  let actionRule: string | null = null;
  const first = actions[0];
  if (first) {
    let s: 1 | -1 = 1;
    let last = first;
    for (const a of actions) {
      // A further action composes only as the head of an `of` phrase (`the abolition of`) or right after the
      // last: `keep the kinship allowance` keeps an allowance, it does not allow it.
      if (a !== first && !(a.from === last.to || (a.from <= last.to + 2 && wordAt(question, run, a.to) === 'of'))) break;
      s = (s * sign(a.payload.direction)) as 1 | -1;
      last = a;
    }
    direction = s === 1 ? 'promote' : 'restrict';
    actionRule = first.payload.rule;
    actionText = question.slice(run.starts[first.from]!, run.ends[last.to - 1]!);
    // The object follows the action (`ban whaling`), or precedes it in the passive (`zoos should be abolished`,
    // `Should barbecues be banned during heatwaves?`, where what follows the action is not its object).
    // So does a verb with no object of its own, whose next word is a preposition (`the park closes at dusk`).
    const passive = first.from > start && (BE.has(wordAt(question, run, first.from - 1)) || (tags[first.from] === 'VERB' && tags[last.to] === 'ADP'));
    const hasObjectAfter = !(passive && contentIndices(question, run, start, first.from).length > 0) && contentIndices(question, run, last.to, run.length).length > 0;
    [objectFrom, objectTo] = hasObjectAfter ? [last.to, run.length] : [start, first.from];
  }
  const objectTokens = contentIndices(question, run, objectFrom, objectTo);
  let claimSign: 1 | -1 = 1;
  if (!first) {
    // A claim put for agreement: its own polarity says which way agreeing moves its subject.
    const total = scoreWords(run, start, run.length, rules, new Set()).total;
    if (total < 0) claimSign = -1;
  }
  const terms = [...new Set(objectTokens.map((i) => stemOf(question, run, i)))];
  const objectIds = new Set(terms.map((t) => stemCache.stemId(t)));
  const object = objectTokens.length > 0 ? question.slice(run.starts[objectTokens[0]!]!, run.ends[objectTokens[objectTokens.length - 1]!]!) : '';
  // A frame at the opening puts a proposal (`What are your views on …?`), whatever else the question says; a
  // wh-question or a request without one asks for information (`Who should assess …?`, `Please describe …`).
  const framedAtOpening = labelled || (frameAt >= 0 && (frameAt === 0 || /,\s*$/.test(question.slice(0, run.starts[frameAt]!))));
  const asksPosition = framedAtOpening || (!open && !WH_OPENING.test(question.trim()));
  const report: Proposal = {
    asksPosition,
    frame,
    action: actionText,
    direction: direction ?? (claimSign === 1 ? 'promote' : 'restrict'),
    object,
    terms,
  };
  return { report, sign: direction ? sign(direction) : claimSign, actionRule, objectIds };
}

function wordAt(text: string, run: TokenRun, i: number): string {
  return i < run.length ? text.slice(run.starts[i]!, run.ends[i]!).toLowerCase() : '';
}

function stemOf(text: string, run: TokenRun, i: number): string {
  return porterStem(text.slice(run.starts[i]!, run.ends[i]!).toLowerCase());
}

/** The lower-cased content words of a text, split where the tokenizer splits. */
function contentWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i <= text.length; i++) {
    const w = i < text.length ? wordChar(text.charCodeAt(i)) : 0;
    if (w !== 0) word += String.fromCharCode(w - 1);
    else if (word) {
      if (isContent(word)) words.push(word);
      word = '';
    }
  }
  return words;
}

const isContent = (word: string): boolean => word.length > 1 && !STOPS.has(word) && !/^\d/.test(word);

/** Tokens in [from, to) that are content words: not stop words, numbers or single letters. */
function contentIndices(text: string, run: TokenRun, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    if (isContent(text.slice(run.starts[i]!, run.ends[i]!).toLowerCase())) out.push(i);
  }
  return out;
}
