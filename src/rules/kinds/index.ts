import { argumentMarker } from './argument-marker.js';
import { closedAnswer } from './closed-answer.js';
import { contrast } from './contrast.js';
import { effectVerb } from './effect-verb.js';
import { furniture } from './furniture.js';
import { hedge } from './hedge.js';
import { intensifier } from './intensifier.js';
import type { KindModule } from './kind.js';
import type { z } from 'zod';
import { negator } from './negator.js';
import { noAnswer } from './no-answer.js';
import { openQuestion } from './open-question.js';
import { polarityLexicon } from './polarity-lexicon.js';
import { polarityPhrase } from './polarity-phrase.js';
import { positionQuestion } from './position-question.js';
import { proposalAction } from './proposal-action.js';
import { stanceCue } from './stance-cue.js';
import { stancePolicy } from './stance-policy.js';
import { surveyColumns } from './survey-columns.js';
import { themeLexicon } from './theme-lexicon.js';

/** Each entry's key must be its module's kind. */
const registry = <T extends { [K in keyof T]: { readonly kind: K } }>(kinds: T): T => kinds;

/**
 * The one list of rule kinds, as Vale's `buildRule` is (STYLE.md, rules as data): the schema's union, the
 * compiler, the load checks, `csc-tag rules` and the examples all reach a kind through this map, so a kind is
 * its module plus its line here. The order is the order of the rules schema's union (schema/rules.schema.json):
 * answers first, then cues and their modifiers, themes and page furniture, the reading of an argument, and
 * the settings.
 */
export const KINDS = registry({
  'closed-answer': closedAnswer,
  'no-answer': noAnswer,
  'stance-cue': stanceCue,
  negator,
  contrast,
  hedge,
  'open-question': openQuestion,
  'theme-lexicon': themeLexicon,
  furniture,
  'proposal-action': proposalAction,
  'position-question': positionQuestion,
  'polarity-lexicon': polarityLexicon,
  'polarity-phrase': polarityPhrase,
  'effect-verb': effectVerb,
  intensifier,
  'argument-marker': argumentMarker,
  'stance-policy': stancePolicy,
  'survey-columns': surveyColumns,
});

type Kinds = typeof KINDS;
export type RuleKind = keyof Kinds;
/** A rule of one kind, as its schema reads it. */
export type RuleOf<K extends RuleKind> = z.output<ReturnType<Kinds[K]['schema']>>;
export type Rule = { [K in RuleKind]: RuleOf<K> }[RuleKind];

/** The module of a rule's kind, typed for that rule. */
export function kindOf<R extends Rule>(rule: R): KindModule<R> {
  // A map indexed by a union key gives a union of modules, which TypeScript cannot call with the matching rule.
  return KINDS[rule.kind] as unknown as KindModule<R>;
}
