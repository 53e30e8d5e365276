import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField } from './kind.js';

/** Words that strengthen the polarity word after them (`very`, `extremely`). */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('intensifier'),
      phrases,
      factor: z.number().min(1).max(3),
    })
    .strict();

export const intensifier = defineKind(schema, {
  kind: 'intensifier',
  compile(rule, into) {
    for (const p of rule.phrases) into.argument.intensifiers.add(into.argument.leadNeutral(into.phrase(rule, p)), { rule: rule.id, factor: rule.factor });
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: (rule) => `×${rule.factor}`,
  fires: (rule, example) => example.rules.argument.intensifiers.findAll(example.tokens).some((m) => m.payload.rule === rule.id),
});
