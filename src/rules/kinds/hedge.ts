import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField, stanceCites } from './kind.js';

/** Hedges that soften a cue without changing its direction (rule 2). */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('hedge'),
      phrases,
      factor: z.number().positive().max(1),
    })
    .strict();

export const hedge = defineKind(schema, {
  kind: 'hedge',
  compile(rule, into) {
    for (const p of rule.phrases) into.hedges.add(into.phrase(rule, p), { rule: rule.id, factor: rule.factor });
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: (rule) => `×${rule.factor}`,
  // Only where it softened a cue of the stance.
  fires: (rule, example) => stanceCites(example, 'scale', rule.id, 'hedges'),
});
