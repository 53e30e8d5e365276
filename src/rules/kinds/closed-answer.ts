import { ANSWERED_LABELS } from '../../model/stance-labels.js';
import type { SchemaParts } from '../schema-parts.js';
import { defineKind, stanceCites } from './kind.js';

/** A closed answer such as `Agree.` or `Fully supportive.` (LABELS.md, Stance, rule 1). */
const schema = ({ z, common, phrase, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('closed-answer'),
      label: z.enum(ANSWERED_LABELS),
      /** Whole answers (the closed answer's wordings), matched against the first line of the answer with case and end punctuation ignored. */
      forms: phrases,
      /**
       * Sentence openings that state a closed answer in words ("we are somewhat
       * supportive of"), matched at the start of the answer's first sentence.
       */
      openings: z.array(phrase).default([]),
      /** Yes/No answers say nothing about a proposal when the question only asks whether the respondent has more to say. */
      needsProposalQuestion: z.boolean().default(false),
    })
    .strict();

export const closedAnswer = defineKind(schema, {
  kind: 'closed-answer',
  compile(rule, into) {
    for (const wording of rule.forms) into.closedWordings.add(wording, rule);
    for (const opening of rule.openings) into.closedOpenings.add(into.phrase(rule, opening), rule);
  },
  // Forms are whole answers compared as normalised text, not tokenized phrases.
  phraseFields: (rule) => [['openings', rule.openings]],
  patterns: (rule) => [...rule.forms, ...rule.openings.map((o) => `${o} …`)],
  target: (rule) => rule.label,
  fires: (rule, example) => stanceCites(example, 'scale', rule.id, 'decides'),
});
