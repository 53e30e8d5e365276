import { ANSWERED_LABELS } from '../../model/stance-labels.js';
import type { SchemaParts } from '../schema-parts.js';
import { defineKind, phrasesField } from './kind.js';

/** Words and phrases that state a position inside a sentence. */
const schema = ({ z, common, phrases }: SchemaParts) =>
  z
    .object({
      ...common,
      kind: z.literal('stance-cue'),
      /** `neutral`: the respondent says they take no side (`no strong feelings either way`, `we do not have a view`). */
      label: z.enum(ANSWERED_LABELS),
      phrases,
      /** Strength: a stated position ("we support") weighs more than a reservation ("we are concerned"). */
      weight: z.number().positive().max(5),
      /**
       * A reservation ("we are concerned", "it is unclear") can balance support
       * but never makes an answer `disagree` on its own (LABELS.md, rule 3).
       */
      reservation: z.boolean().default(false),
      /**
       * A position word that states the speaker's own position only in their voice (`support`, `against`, `our
       * opposition to`): counted when its subject is `I`/`we`, nobody (`Fully support.`) or a body named as the
       * clause's subject with the proposal as its object; never in a relative clause (`the families we support`),
       * and never as a judgement of something else.
       */
      statement: z.boolean().default(false),
    })
    .strict();

/** A cue phrase that opens with the respondent's own voice. */
const FIRST_PERSON = /^\((?:we|i)\|(?:we|i)\)|^(?:we|i)\b/i;

export const stanceCue = defineKind(schema, {
  kind: 'stance-cue',
  compile(rule, into) {
    for (const p of rule.phrases) {
      const payload = { rule: rule.id, label: rule.label, weight: rule.weight, reservation: rule.reservation, personal: FIRST_PERSON.test(p), statement: rule.statement };
      into.cues.add(into.phrase(rule, p), payload);
    }
  },
  phraseFields: phrasesField,
  patterns: (rule) => [...rule.phrases],
  target: (rule) => rule.label,
  // Found by the cue matcher the classifier reads. Whether the classifier then hears it (a position word only in
  // the respondent's voice) is the stance's business: `My family are in favour.` is found, but not heard.
  fires: (rule, example) => example.rules.cues.findAll(example.tokens).some((m) => m.payload.rule === rule.id),
});
