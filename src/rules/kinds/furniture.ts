import type { SchemaParts } from '../schema-parts.js';
import { defineKind } from './kind.js';

/** Page furniture: lines that are not part of the response. */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('furniture'),
      /** Line openings, matched case-insensitively at the start of a line. */
      phrases,
      /** `drop`: ignore the line; `end`: ignore it and everything after it (`Leave a Reply`). */
      action: z.enum(['drop', 'end']),
    })
    .strict();

export const furniture = defineKind(schema, {
  kind: 'furniture',
  compile(rule, into) {
    for (const p of rule.phrases) into.furniture.push({ rule: rule.id, prefix: p.toLowerCase(), action: rule.action });
  },
  // Line openings are compared as lower-case text, not tokenized.
  phraseFields: () => [],
  patterns: (rule) => [...rule.phrases],
  target: (rule) => (rule.action === 'end' ? 'ends document' : 'dropped'),
  // The line is dropped by this rule, as the segmenter drops it (no earlier rule claims it first).
  fires: (rule, example) => example.rules.furniture.match(example.text)?.rule === rule.id,
});
