import { byCodeUnit } from '../text/utils.js';
import { kindOf } from './kinds/index.js';
import { READING_STEPS, type ReadingStepRule } from './reading-steps.js';
import type { Rule } from './schema.js';

/** One line of `csc-tag rules`: a rule, or a step of the stance reading that evidence cites by id. */
export interface ListedRule {
  id: string;
  kind: string;
  target: string;
  patterns: string[];
  description: string;
}

/** The rules and the reading's steps, in id order: every id a report can cite. */
export function listedRules(rules: readonly Rule[]): ListedRule[] {
  // A rule's kind says what it points to (a stance label, a theme, what it does to other rules) and lists its patterns.
  const listed = rules.map((r) => ({ id: r.id, kind: r.kind, target: kindOf(r).target(r), patterns: kindOf(r).patterns(r), description: r.description }));
  const steps = READING_STEPS.map((s) => ({ id: s.id, kind: s.kind, target: 'built in', patterns: [s.pattern], description: s.description }));
  return [...listed, ...steps].sort((a, b) => byCodeUnit(a.id, b.id));
}

/** The rule or reading step with `id`, whole, for `rules --explain`. */
export function explainedRule(rules: readonly Rule[], id: string): Rule | ReadingStepRule | undefined {
  return rules.find((r) => r.id === id) ?? READING_STEPS.find((s) => s.id === id);
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
