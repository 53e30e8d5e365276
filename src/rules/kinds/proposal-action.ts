import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField } from './kind.js';

/** The action a proposal takes and which way it moves its object (LABELS.md, how to read a position from an argument). */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('proposal-action'),
      /** Verbs and their nouns (`ban`, `banning`, `prohibition`): any of them names the same action. */
      phrases,
      /** `restrict`: ban, abolish, stop, limit; `promote`: introduce, fund, extend, keep, allow; `proceed`: the proposal itself goes ahead. */
      direction: z.enum(['restrict', 'promote', 'proceed']),
    })
    .strict();

export const proposalAction = defineKind(schema, {
  kind: 'proposal-action',
  compile(rule, into) {
    // An action's words are all the action's: none of them carries polarity of its own.
    for (const p of rule.phrases) into.argument.actions.add(into.argument.neutral(into.phrase(rule, p)), { rule: rule.id, direction: rule.direction });
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: (rule) => rule.direction,
  // What an action does to a stance depends on the proposal a question puts; its examples show the words it knows.
  fires: (rule, example) => example.rules.argument.actions.findAll(example.tokens).some((m) => m.payload.rule === rule.id),
});
