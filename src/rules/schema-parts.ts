import { z } from 'zod';

/**
 * What every kind's schema is made of: zod itself, the id and phrase types, and the fields every rule has.
 * Kind modules (kinds/*.ts) receive these rather than import zod: they also compile rules in worker threads,
 * which never load zod (see model/stance-labels.ts).
 */
const id = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, 'expected a dotted lower-case id such as "stance.cue.welcome"');
const phrase = z.string().trim().min(1, 'expected a non-empty string');
const phrases = z.array(phrase).min(1, 'expected at least one phrase');
const examples = z
  .object({
    /** Texts the rule must fire on. */
    match: z.array(z.string()).default([]),
    /** Texts it must not fire on. */
    noMatch: z.array(z.string()).default([]),
  })
  .strict();

const common = {
  id,
  /** What the rule detects, in the codebook's words. */
  description: z.string().min(1),
  /** The LABELS.md rule or section it implements. */
  source: z.string().min(1),
  /** Why the rule exists, when that is not obvious. */
  note: z.string().optional(),
  examples: examples.default({ match: [], noMatch: [] }),
};

export const SCHEMA_PARTS = { z, id, phrase, phrases, common };
export type SchemaParts = typeof SCHEMA_PARTS;
