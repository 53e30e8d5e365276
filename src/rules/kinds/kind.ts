import type { z } from 'zod';
import type { Stance } from '../../model/schema.js';
import type { TokenRun } from '../../text/tokens.js';
import type { CompiledRules, CompileTarget } from '../compile.js';
import type { SchemaParts } from '../schema-parts.js';

/** The fields every rule has, whatever its kind. */
export interface RuleBase {
  id: string;
  kind: string;
  description: string;
  examples: { match: string[]; noMatch: string[] };
}

/** A list of phrases and its key, for error paths (`rules[3].strong[0]: ...`). */
export type PhraseField = [key: string, phrases: readonly string[]];

/**
 * An example text as the pipeline reads it, for deciding whether a rule fires on it. eval/rule-examples.ts makes
 * it: rules sit below the classifiers, so a kind asks for their readings here rather than importing them.
 */
export interface ExampleReading {
  readonly text: string;
  readonly rules: CompiledRules;
  readonly tokens: TokenRun;
  /**
   * Its stance as the answer to a question: `scale` asks how far the respondent agrees (`To what extent ...?`),
   * `proposal` puts a proposal for agreement (`Do you agree with the proposal?`). `fired` lists the rules that
   * pointed to a label (the classifier's Fired records).
   */
  answer(question: 'scale' | 'proposal'): { stance: Stance; fired: readonly { rule: string }[] };
  /** The themes its sentences raise. */
  themes(): readonly string[];
  /** Whether, read as a question, it asks for suggestions or information rather than a position. */
  isOpenQuestion(): boolean;
}

/**
 * One rule kind, whole (STYLE.md, one kind, one module): its schema, its compile step, its phrases, how `csc-tag
 * rules` shows it, and what firing means for its examples. kinds/index.ts registers each one under its kind.
 */
export interface KindModule<R extends RuleBase> {
  readonly kind: R['kind'];
  /** Its zod schema (strict), made from the shared parts; its output is R (see defineKind). */
  readonly schema: (parts: SchemaParts) => z.ZodType;
  /** Adds the rule to what the classifiers read. Rules arrive in id order. */
  compile(rule: R, into: CompileTarget): void;
  /** Its phrase-bearing fields: each phrase must survive the tokenizer (rules/load.ts). */
  phraseFields(rule: R): PhraseField[];
  /** Its patterns in one list, for listings. */
  patterns(rule: R): string[];
  /** What it points to: a stance label, a theme, or what it does to other rules. */
  target(rule: R): string;
  /** Whether it fires on an example text, judged by what the pipeline makes of the text. */
  fires(rule: R, example: ExampleReading): boolean;
}

/** The rule type of a schema made from the shared parts. */
export type RuleOfSchema<S extends (parts: SchemaParts) => z.ZodType> = z.output<ReturnType<S>>;

/** A kind module whose rule type is read from its schema, so that the schema is the one statement of its fields. */
export function defineKind<S extends (parts: SchemaParts) => z.ZodObject<z.ZodRawShape, z.core.$strict>>(
  schema: S,
  module: Omit<KindModule<RuleOfSchema<S> & RuleBase>, 'schema'>,
): KindModule<RuleOfSchema<S> & RuleBase> & { readonly schema: S } {
  return { ...module, schema };
}

/** The one phrase list of most kinds, as a phrase field. */
export const phrasesField = (rule: { phrases: readonly string[] }): PhraseField[] => [['phrases', rule.phrases]];

/** Whether the stance of the example, answering a question of the given sort, cites the rule in one of the given roles. */
export function stanceCites(example: ExampleReading, question: 'scale' | 'proposal', rule: string, role: Stance['evidence'][number]['role']): boolean {
  return example.answer(question).stance.evidence.some((e) => e.rule === rule && e.role === role);
}
