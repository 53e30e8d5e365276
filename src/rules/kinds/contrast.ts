import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField, stanceCites } from './kind.js';

/** Contrast words: what follows `however` or `but` counts more, a clause led by `although` less (rule 3). */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('contrast'),
      phrases,
      /** `after`: the rest of the sentence or the next sentence is the main point; `concessive`: the clause it leads is conceded. */
      mode: z.enum(['after', 'concessive']),
      factor: z.number().positive().max(3),
    })
    .strict();

export const contrast = defineKind(schema, {
  kind: 'contrast',
  compile(rule, into) {
    for (const p of rule.phrases) into.contrasts.add(into.phrase(rule, p), { rule: rule.id, factor: rule.factor, mode: rule.mode });
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: (rule) => (rule.mode === 'after' ? `after ×${rule.factor}` : `clause ×${rule.factor}`),
  // Only where it weighed a cue of the stance.
  fires: (rule, example) => stanceCites(example, 'scale', rule.id, 'contrasts'),
});
