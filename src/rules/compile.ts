import { ClosedWordings } from './closed-wording.js';
import { compileArgumentRules, type ArgumentRules } from './compile-argument.js';
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
/** A furniture rule as the segmenter applies it to each line. */
export interface FurnitureRule {
  id: string;
  /** Lower-case line opening. */
  prefix: string;
  action: 'drop' | 'end';
}
export interface HedgeHit {
  rule: string;
  factor: number;
}

/** Rules turned into matchers, each set built in rule-id order so results never depend on file order. */
export interface CompiledRules {
  readonly rules: readonly Rule[];
  readonly themes: readonly string[];
  readonly closedWordings: ClosedWordings;
  readonly closedOpenings: PhraseSet<RuleOf<'closed-answer'>>;
  readonly noAnswer: PhraseSet<string>;
  readonly cues: PhraseSet<CueHit>;
  readonly negators: PhraseSet<NegatorHit>;
  readonly contrasts: PhraseSet<ContrastHit>;
  readonly hedges: PhraseSet<HedgeHit>;
  readonly openQuestions: PhraseSet<string>;
  readonly themeTerms: PhraseSet<ThemeTerm>;
  readonly furniture: readonly FurnitureRule[];
  readonly argument: ArgumentRules;
  /** How survey columns are typed (the last `survey-columns` rule by id, else the built-in one). */
  readonly surveyColumns: SurveyColumnRules;
}

/** A cue phrase that opens with the respondent's own voice. */
const FIRST_PERSON = /^\((?:we|i)\|(?:we|i)\)|^(?:we|i)\b/i;

function compiled(rule: Rule, source: string): CompiledPhrase {
  const result = compilePhrase(source);
  // Rules are validated before they are compiled, so this is a bug, not a user error.
  if (typeof result === 'string') throw new Error(`rule ${rule.id}: ${result}`);
  return result;
}

export function compileRules(rules: readonly Rule[]): CompiledRules {
  const sorted = [...rules].sort((a, b) => byCodeUnit(a.id, b.id));
  const closedWordings = new ClosedWordings();
  const closedOpenings = new PhraseSet<RuleOf<'closed-answer'>>();
  const noAnswer = new PhraseSet<string>();
  const cues = new PhraseSet<CueHit>();
  const negators = new PhraseSet<NegatorHit>();
  const contrasts = new PhraseSet<ContrastHit>();
  const hedges = new PhraseSet<HedgeHit>();
  const openQuestions = new PhraseSet<string>();
  const themeTerms = new PhraseSet<ThemeTerm>();
  const furniture: FurnitureRule[] = [];
  const themes: string[] = [];
  let surveyColumns: RuleOf<'survey-columns'> | undefined;
  for (const rule of sorted) {
    switch (rule.kind) {
      case 'closed-answer':
        for (const wording of rule.forms) closedWordings.add(wording, rule);
        for (const opening of rule.openings) closedOpenings.add(compiled(rule, opening), rule);
        break;
      case 'no-answer':
        for (const p of rule.phrases) noAnswer.add(compiled(rule, p), rule.id);
        break;
      case 'stance-cue':
        for (const p of rule.phrases) {
          const payload = { rule: rule.id, label: rule.label, weight: rule.weight, reservation: rule.reservation, personal: FIRST_PERSON.test(p), statement: rule.statement };
          cues.add(compiled(rule, p), payload);
        }
        break;
      case 'negator':
        for (const p of rule.phrases) negators.add(compiled(rule, p), { rule: rule.id, window: rule.window });
        break;
      case 'contrast':
        for (const p of rule.phrases) contrasts.add(compiled(rule, p), { rule: rule.id, factor: rule.factor, mode: rule.mode });
        break;
      case 'hedge':
        for (const p of rule.phrases) hedges.add(compiled(rule, p), { rule: rule.id, factor: rule.factor });
        break;
      case 'open-question':
        for (const p of rule.phrases) openQuestions.add(compiled(rule, p), rule.id);
        break;
      case 'theme-lexicon':
        if (!themes.includes(rule.theme)) themes.push(rule.theme);
        for (const p of rule.strong) themeTerms.add(compiled(rule, p), { rule: rule.id, theme: rule.theme, strong: true });
        for (const p of rule.weak) themeTerms.add(compiled(rule, p), { rule: rule.id, theme: rule.theme, strong: false });
        break;
      case 'furniture':
        for (const p of rule.phrases) furniture.push({ id: rule.id, prefix: p.toLowerCase(), action: rule.action });
        break;
      case 'survey-columns':
        surveyColumns = rule;
        break;
      default:
        // Argument rules are compiled together below.
        break;
    }
  }
  themes.sort(byCodeUnit);
  const argument = compileArgumentRules(sorted, compiled);
  const survey = surveyColumns ?? builtinSurveyColumns();
  const columns = compileSurveyColumns(survey, (p) => compiled(survey, p));
  return { rules: sorted, themes, closedWordings, closedOpenings, noAnswer, cues, negators, contrasts, hedges, openQuestions, themeTerms, furniture, argument, surveyColumns: columns };
}
