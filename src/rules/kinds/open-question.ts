import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField } from './kind.js';

/** Questions that ask for suggestions or information rather than a position (`How can we ...?`). */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('open-question'),
      /** Openings of the question text, matched at its start after any `In your view,` lead-in. */
      phrases,
    })
    .strict();

export const openQuestion = defineKind(schema, {
  kind: 'open-question',
  compile(rule, into) {
    for (const p of rule.phrases) into.openQuestions.add(into.phrase(rule, p), rule.id);
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: () => 'open question',
  // Its examples are questions.
  fires: (_rule, example) => example.isOpenQuestion(),
});
