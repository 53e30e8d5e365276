import type { SchemaParts } from '../schema-parts.js';
import { defineKind } from './kind.js';

/** A theme's lexicon (LABELS.md, Themes). */
const schema = ({ z, common, phrase }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('theme-lexicon'),
      theme: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case theme name'),
      /**
       * How the theme reads in a report's sentences ("Both raise kinship care"); its name when no rule of the theme gives one.
       * Rules of one theme that give one must agree (rules/load.ts).
       */
      phrase: z
        .string()
        .trim()
        .min(1, 'expected a non-empty string')
        .regex(/^[^\p{Cc}\p{Zl}\p{Zp}]*$/u, 'expected one line of text')
        .optional(),
      /** Terms that on their own make a sentence about the theme. */
      strong: z.array(phrase).default([]),
      /** Terms that count only with another term of the theme in the same sentence. */
      weak: z.array(phrase).default([]),
    })
    .strict();

export const themeLexicon = defineKind(schema, {
  kind: 'theme-lexicon',
  compile(rule, into) {
    if (!into.themes.includes(rule.theme)) into.themes.push(rule.theme);
    if (rule.phrase !== undefined && !into.themePhrases.has(rule.theme)) into.themePhrases.set(rule.theme, rule.phrase);
    for (const p of rule.strong) into.themeTerms.add(into.phrase(rule, p), { rule: rule.id, theme: rule.theme, strong: true });
    for (const p of rule.weak) into.themeTerms.add(into.phrase(rule, p), { rule: rule.id, theme: rule.theme, strong: false });
  },
  phraseFields: (rule) => [
    ['strong', rule.strong],
    ['weak', rule.weak],
  ],
  patterns: (rule) => [...rule.strong, ...rule.weak.map((w) => `(weak) ${w}`)],
  target: (rule) => rule.theme,
  fires: (rule, example) => example.themes().includes(rule.theme),
});
