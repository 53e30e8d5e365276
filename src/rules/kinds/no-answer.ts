import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField, stanceCites } from './kind.js';

/** An answer that is not an answer: `See above.` (LABELS.md, stance `none`). */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('no-answer'),
      /** Phrases that, when they make up the whole answer, make it a cross-reference. */
      phrases,
    })
    .strict();

export const noAnswer = defineKind(schema, {
  kind: 'no-answer',
  compile(rule, into) {
    for (const p of rule.phrases) into.noAnswer.add(into.phrase(rule, p), rule.id);
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: () => 'none',
  fires: (rule, example) => stanceCites(example, 'scale', rule.id, 'decides'),
});
