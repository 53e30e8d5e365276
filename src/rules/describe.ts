import { byCodeUnit } from '../text/utils.js';
import type { Rule } from './schema.js';

/** The patterns of a rule, in one list, for listings. */
export function rulePatterns(rule: Rule): string[] {
  switch (rule.kind) {
    case 'closed-answer':
      return [...rule.forms, ...rule.openings.map((o) => `${o} …`)];
    case 'theme-lexicon':
      return [...rule.strong, ...rule.weak.map((w) => `(weak) ${w}`)];
    case 'polarity-lexicon':
      return [`package ${rule.package}, scores ÷ ${rule.scale}`, ...rule.exclude.map((w) => `(excluded) ${w}`)];
    case 'stance-policy': {
      const { about, clauseCap, directive, counter, rhetorical, conceded, contrast, threshold, lengthThreshold, balance, confidenceMin, confidenceMax, confidentSum, maxSteps } = rule;
      return [
        `about: proposal ${about.proposal}, consequence ${about.consequence}, problem ${about.problem}, other ${about.other}`,
        `clause cap ${clauseCap}; directive ${directive}; counter-proposal ${counter}; rhetorical question ${rhetorical}; conceded ×${conceded}; after a contrast ×${contrast}`,
        `threshold ${threshold} + ${lengthThreshold} a sentence after the first; balance ${balance}; confidence ${confidenceMin} to ${confidenceMax} at sum ${confidentSum}; shows ${maxSteps} steps`,
      ];
    }
    case 'survey-columns': {
      const t = rule.thresholds;
      return [
        `typed when ${t.typedShare} of answers share a shape; id: ${t.idMinValues}+ answers, all different`,
        `attribute: at most ${t.attributeValues} values of ${t.attributeLength} characters, each ${t.attributeRepeat}+ times`,
        `closed: ${t.closedShare} of answers scale points, or whole numbers 0-${t.numericScaleMax}`,
        `free text without a question: ${t.freeTextWords}+ words on average or ${t.freeTextLength}+ characters`,
        ...rule.scalePoints.map((p) => `(scale point) ${p}`),
        ...rule.aboutRespondent.map((p) => `(about the respondent) ${p}`),
      ];
    }
    default:
      return [...rule.phrases];
  }
}

/** What a rule points to: a stance label, a theme, or what it does to other rules. */
export function ruleTarget(rule: Rule): string {
  switch (rule.kind) {
    case 'closed-answer':
    case 'stance-cue':
      return rule.label;
    case 'no-answer':
      return 'none';
    case 'theme-lexicon':
      return rule.theme;
    case 'negator':
      return 'flips';
    case 'contrast':
      return rule.mode === 'after' ? `after ×${rule.factor}` : `clause ×${rule.factor}`;
    case 'hedge':
      return `×${rule.factor}`;
    case 'open-question':
      return 'open question';
    case 'furniture':
      return rule.action === 'end' ? 'ends document' : 'dropped';
    case 'proposal-action':
      return rule.direction;
    case 'position-question':
      return 'position question';
    case 'polarity-lexicon':
      return 'polarity';
    case 'polarity-phrase':
      return `polarity ${rule.score}`;
    case 'effect-verb':
      return 'reverses';
    case 'intensifier':
      return `×${rule.factor}`;
    case 'argument-marker':
      return rule.role;
    case 'stance-policy':
      return 'weights';
    case 'survey-columns':
      return 'survey columns';
  }
}

/** What each theme means, in its lexicon rules' own descriptions (rule-id order), for the codebooks reports carry. */
export function themeDescriptions(rules: readonly Rule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of [...rules].sort((a, b) => byCodeUnit(a.id, b.id))) {
    if (rule.kind !== 'theme-lexicon') continue;
    out[rule.theme] = out[rule.theme] ? `${out[rule.theme]} ${rule.description}` : rule.description;
  }
  return out;
}
