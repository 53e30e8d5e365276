import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField, stanceCites } from './kind.js';

/** Words that flip the cue after them (LABELS.md, Stance, rule 5). */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('negator'),
      phrases,
      /** How many words before the cue a negator reaches. */
      window: z.number().int().min(1).max(6),
    })
    .strict();

export const negator = defineKind(schema, {
  kind: 'negator',
  compile(rule, into) {
    for (const p of rule.phrases) into.negators.add(into.phrase(rule, p), { rule: rule.id, window: rule.window });
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: () => 'flips',
  // Only where it flipped a cue: `no` in `No one should be left without support` negates nothing.
  fires: (rule, example) => stanceCites(example, 'scale', rule.id, 'negates'),
});
