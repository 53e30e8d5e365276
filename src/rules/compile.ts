import { ClosedWordings } from './closed-wording.js';
import { argumentTarget, finishArgumentRules, type ArgumentRules, type ArgumentTarget } from './compile-argument.js';
import { FurnitureMatcher, type FurnitureLine } from './furniture.js';
import { kindOf } from './kinds/index.js';
import { compilePhrase, type CompiledPhrase } from '../text/phrase.js';
import { PhraseSet } from '../text/phrase-set.js';
import type { Rule, RuleOf } from './schema.js';
import type { AnsweredLabel } from '../model/stance-labels.js';
import { byCodeUnit } from '../text/utils.js';
import { builtinSurveyColumns, compileSurveyColumns, type SurveyColumnRules } from './survey-columns.js';

export interface CueHit {
  rule: string;
  label: AnsweredLabel;
  weight: number;
  reservation: boolean;
  /** The respondent speaks for themselves (`we support`, `I am concerned`): a stated position, not a judgement of a subject. */
  personal: boolean;
  /** A position word read only in the respondent's voice (see the schema's `statement`). */
  statement: boolean;
}
export interface ThemeTerm {
  rule: string;
  theme: string;
  strong: boolean;
}
export interface NegatorHit {
  rule: string;
  /** How many words before a cue it reaches. */
  window: number;
}
export interface ContrastHit {
  rule: string;
  mode: 'after' | 'concessive';
  factor: number;
}
export interface HedgeHit {
  rule: string;
  factor: number;
}

/** The matchers the kinds fill as they are, in both the compile target and the compiled rules. */
interface PhraseMatchers {
  readonly closedWordings: ClosedWordings;
  readonly closedOpenings: PhraseSet<RuleOf<'closed-answer'>>;
  readonly noAnswer: PhraseSet<string>;
  readonly cues: PhraseSet<CueHit>;
  readonly negators: PhraseSet<NegatorHit>;
  readonly contrasts: PhraseSet<ContrastHit>;
  readonly hedges: PhraseSet<HedgeHit>;
  readonly openQuestions: PhraseSet<string>;
  readonly themeTerms: PhraseSet<ThemeTerm>;
}

/** Rules turned into matchers, each set built in rule-id order so results never depend on file order. */
export interface CompiledRules extends PhraseMatchers {
  readonly rules: readonly Rule[];
  readonly themes: readonly string[];
  /** How each theme reads in a report's sentences, by theme: its rules' `phrase`, else its name. */
  readonly themePhrases: Readonly<Record<string, string>>;
  readonly furniture: FurnitureMatcher;
  readonly argument: ArgumentRules;
  /** How survey columns are typed (the last `survey-columns` rule by id, else the built-in one). */
  readonly surveyColumns: SurveyColumnRules;
}

/**
 * What each kind's compile step adds to (kinds/*.ts): the matchers being built, each fed in rule-id order. The
 * finishing steps below need every rule first: theme names are sorted, the lexicons skip the words that
 * other kinds claimed, and survey columns fall back to the built-in rule.
 */
export interface CompileTarget extends PhraseMatchers {
  /** One of a rule's phrases, compiled; rules are validated before they are compiled, so a failure is a bug. */
  phrase(rule: { id: string }, source: string): CompiledPhrase;
  readonly themes: string[];
  /** The first phrase given for each theme (rules agree on it: rules/load.ts). */
  readonly themePhrases: Map<string, string>;
  readonly furniture: FurnitureLine[];
  readonly argument: ArgumentTarget;
  surveyColumns: RuleOf<'survey-columns'> | undefined;
}

function phrase(rule: { id: string }, source: string): CompiledPhrase {
  const result = compilePhrase(source);
  if (typeof result === 'string') throw new Error(`rule ${rule.id}: ${result}`);
  return result;
}

export function compileRules(rules: readonly Rule[]): CompiledRules {
  const sorted = [...rules].sort((a, b) => byCodeUnit(a.id, b.id));
  const argument = argumentTarget();
  const into: CompileTarget = {
    phrase,
    themes: [],
    themePhrases: new Map(),
    closedWordings: new ClosedWordings(),
    closedOpenings: new PhraseSet<RuleOf<'closed-answer'>>(),
    noAnswer: new PhraseSet<string>(),
    cues: new PhraseSet<CueHit>(),
    negators: new PhraseSet<NegatorHit>(),
    contrasts: new PhraseSet<ContrastHit>(),
    hedges: new PhraseSet<HedgeHit>(),
    openQuestions: new PhraseSet<string>(),
    themeTerms: new PhraseSet<ThemeTerm>(),
    furniture: [],
    argument,
    surveyColumns: undefined,
  };
  for (const rule of sorted) kindOf(rule).compile(rule, into);
  const { themes, closedWordings, closedOpenings, noAnswer, cues, negators, contrasts, hedges, openQuestions, themeTerms } = into;
  themes.sort(byCodeUnit);
  const survey = into.surveyColumns ?? builtinSurveyColumns();
  const surveyColumns = compileSurveyColumns(survey, (p) => phrase(survey, p));
  const furniture = new FurnitureMatcher(into.furniture);
  return {
    rules: sorted,
    themes,
    themePhrases: Object.fromEntries(themes.map((theme) => [theme, into.themePhrases.get(theme) ?? theme])),
    closedWordings,
    closedOpenings,
    noAnswer,
    cues,
    negators,
    contrasts,
    hedges,
    openQuestions,
    themeTerms,
    furniture,
    argument: finishArgumentRules(argument),
    surveyColumns,
  };
}
