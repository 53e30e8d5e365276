import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField } from './kind.js';

/** Effect verbs that hand the opposite polarity to what they act on: `reduce harm` is good, `reduce support` is bad. */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('effect-verb'),
      phrases,
    })
    .strict();

export const effectVerb = defineKind(schema, {
  kind: 'effect-verb',
  compile(rule, into) {
    for (const p of rule.phrases) into.argument.effects.add(into.argument.leadNeutral(into.phrase(rule, p)), rule.id);
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: () => 'reverses',
  fires: (rule, example) => example.rules.argument.effects.findAll(example.tokens).some((m) => m.payload === rule.id),
});
