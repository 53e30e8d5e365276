import { byCodeUnit } from '../text/utils.js';
import type { Rule } from './schema.js';

/** The patterns of a rule, in one list, for listings. */
export function rulePatterns(rule: Rule): string[] {
  switch (rule.kind) {
    case 'closed-answer':
      return [...rule.forms, ...rule.openings.map((o) => `${o} …`)];
    case 'theme-lexicon':
      return [...rule.strong, ...rule.weak.map((w) => `(weak) ${w}`)];
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
