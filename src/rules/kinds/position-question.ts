import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField } from './kind.js';

/** Question frames that put a proposal to the respondent (`Do you agree that ...?`, `What are your views on ...?`). */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('position-question'),
      /** Openings of the question; what follows them is the proposal. */
      phrases,
    })
    .strict();

export const positionQuestion = defineKind(schema, {
  kind: 'position-question',
  compile(rule, into) {
    for (const p of rule.phrases) into.argument.positionFrames.add(into.phrase(rule, p), rule.id);
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: () => 'position question',
  // Its examples are questions.
  fires: (rule, example) => example.rules.argument.positionFrames.findAll(example.tokens).some((m) => m.payload === rule.id),
});
