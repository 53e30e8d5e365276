import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField } from './kind.js';

/**
 * Words that make a clause part of the answer's argument: `clause` (because, which, if: a clause of its own),
 * `consequence` (would, lead to: what the proposal would do), `pronoun` (it, they: what the question names),
 * `reference` (it, this, the proposal: what refers back to it), `counter` (rather than, instead of: a counter-proposal),
 * `rhetorical` (why should, how can: a question that argues), `directive` (should, must, need to: a call for an action),
 * `belief` (think, believe: a negator before one negates the clause it introduces), `alternative` (instead, would
 * rather: something else put in the proposal's place).
 */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('argument-marker'),
      role: z.enum(['clause', 'consequence', 'reference', 'pronoun', 'counter', 'rhetorical', 'directive', 'belief', 'alternative']),
      phrases,
    })
    .strict();

export const argumentMarker = defineKind(schema, {
  kind: 'argument-marker',
  compile(rule, into) {
    // A marker claims only its first word, so that `free` in `free ~ from` keeps its polarity elsewhere.
    for (const p of rule.phrases) into.argument.markers.add(into.argument.leadNeutral(into.phrase(rule, p)), { rule: rule.id, role: rule.role });
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: (rule) => rule.role,
  fires: (rule, example) => example.rules.argument.markers.findAll(example.tokens).some((m) => m.payload.rule === rule.id),
});
