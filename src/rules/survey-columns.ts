import builtin from './builtin.json' with { type: 'json' };
import type { CompiledPhrase } from '../text/phrase.js';
import { PhraseSet } from '../text/phrase-set.js';
import { TokenRun } from '../text/tokens.js';
import { normaliseWording } from './closed-wording.js';
import type { RuleOf } from './schema.js';

export type SurveyThresholds = RuleOf<'survey-columns'>['thresholds'];

/** A `survey-columns` rule as the survey reader uses it. */
export interface SurveyColumnRules {
  readonly rule: string;
  readonly thresholds: SurveyThresholds;
  /** Whether an answer is a scale point that states no position (`High`, `Very important`), case and end punctuation aside. */
  isScalePoint(value: string): boolean;
  /** The rule id when the header asks about the respondent or the response itself (`... your response to be published?`). */
  aboutRespondent(header: string): string | undefined;
}

export function compileSurveyColumns(rule: RuleOf<'survey-columns'>, compiled: (source: string) => CompiledPhrase): SurveyColumnRules {
  const points = new Set(rule.scalePoints.map(normaliseWording));
  const about = new PhraseSet<string>();
  for (const p of rule.aboutRespondent) about.add(compiled(p), rule.id);
  return {
    rule: rule.id,
    thresholds: rule.thresholds,
    isScalePoint: (value) => points.has(normaliseWording(value)),
    aboutRespondent: (header) => about.findAll(new TokenRun(header))[0]?.payload,
  };
}

/**
 * The built-in rule, for a rules file that replaces the built-ins and types no survey columns of its own:
 * survey exports are still read the same way.
 */
export function builtinSurveyColumns(): RuleOf<'survey-columns'> {
  const rule = builtin.rules.find((r) => r.kind === 'survey-columns');
  if (!rule) throw new Error('built-in rules hold no survey-columns rule');
  return rule as unknown as RuleOf<'survey-columns'>;
}
