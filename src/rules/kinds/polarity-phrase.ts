import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField } from './kind.js';

/** Words and phrases of policy argument with a polarity (`unworkable`, `long overdue`, `more harm than good`). */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('polarity-phrase'),
      phrases,
      /** From -1 (strongly bad) to 1 (strongly good), on the lexicon's scale after dividing. */
      score: z.number().min(-1).max(1),
    })
    .strict();

export const polarityPhrase = defineKind(schema, {
  kind: 'polarity-phrase',
  compile(rule, into) {
    for (const p of rule.phrases) into.argument.polarity.add(into.phrase(rule, p), { rule: rule.id, score: rule.score });
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: (rule) => `polarity ${rule.score}`,
  fires: (rule, example) => example.rules.argument.polarity.findAll(example.tokens).some((m) => m.payload.rule === rule.id),
});
