import { z } from 'zod';
import { KINDS, type Rule as AnyRule, type RuleKind as Kind, type RuleOf as OfKind } from './kinds/index.js';
import { SCHEMA_PARTS } from './schema-parts.js';

/**
 * A rules file: the built-in taxonomy is one (src/rules/builtin.json) and a
 * user's `--rules` file is another. Objects are strict so that a misspelt key
 * is an error naming its path, as ESLint does for rule options. Each kind's
 * schema sits in its module (kinds/*.ts); the union is made from the registry.
 */

type KindSchema = ReturnType<(typeof KINDS)[Kind]['schema']>;
const kindSchemas = Object.values(KINDS).map((kind) => kind.schema(SCHEMA_PARTS) as KindSchema);

// A discriminated union needs its options as a tuple; the registry's order is the union's (and the JSON schema's).
export const Rule = z.discriminatedUnion('kind', kindSchemas as [KindSchema, ...KindSchema[]]);

export const RulesFile = z
  .object({
    $schema: z.string().optional(),
    /** `true` (default): add to and override the built-in rules; `false`: replace them. */
    extends: z.boolean().default(true),
    /** Ids of rules to switch off. */
    disable: z.array(SCHEMA_PARTS.id).default([]),
    rules: z.array(Rule).default([]),
  })
  .strict();

export type Rule = AnyRule;
export type RuleKind = Kind;
export type RulesFile = Omit<z.infer<typeof RulesFile>, 'rules'> & { rules: Rule[] };
export type RuleOf<K extends RuleKind> = OfKind<K>;
