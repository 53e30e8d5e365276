import type { RulesFile } from '../rules/schema.js';
import type { ThemeRule } from './themes.js';

/**
 * The discovered themes of every question as one rules file of theme-lexicon
 * rules, each with its phrases as strong terms and its quotes as examples,
 * for an analyst to rename, merge and delete, then pass back with --rules.
 * Themes of one name from several questions are one theme; a phrase goes to
 * the first theme that has it (a phrase belongs to one theme). `disable`
 * names the theme rules it replaces.
 */
export function discoveredRulesFile(groups: readonly (readonly ThemeRule[])[], disable: readonly string[]): RulesFile {
  const byTheme = new Map<string, ThemeRule>();
  const owner = new Map<string, string>();
  for (const rules of groups) {
    for (const rule of rules) {
      const strong = rule.strong.filter((p) => (owner.get(p.toLowerCase()) ?? rule.theme) === rule.theme);
      if (strong.length === 0) continue;
      for (const p of strong) owner.set(p.toLowerCase(), rule.theme);
      const kept = byTheme.get(rule.theme);
      if (!kept) byTheme.set(rule.theme, { ...rule, strong, examples: { match: [...rule.examples.match], noMatch: [] } });
      else {
        kept.strong = [...new Set([...kept.strong, ...strong])];
        kept.examples.match = [...new Set([...kept.examples.match, ...rule.examples.match])];
      }
    }
  }
  return { extends: true, disable: [...disable], rules: [...byTheme.values()] };
}
