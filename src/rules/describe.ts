import { byCodeUnit } from '../text/utils.js';
import { kindOf } from './kinds/index.js';
import type { Rule } from './schema.js';

/** The patterns of a rule, in one list, for listings. */
export function rulePatterns(rule: Rule): string[] {
  return kindOf(rule).patterns(rule);
}

/** What a rule points to: a stance label, a theme, or what it does to other rules. */
export function ruleTarget(rule: Rule): string {
  return kindOf(rule).target(rule);
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
