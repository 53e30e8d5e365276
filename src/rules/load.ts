import fs from 'node:fs';
import { z } from 'zod';
import builtin from './builtin.json' with { type: 'json' };
import { CscTagError } from '../model/errors.js';
import { compilePhrase } from '../text/phrase.js';
import { kindOf } from './kinds/index.js';
import type { PhraseField } from './kinds/kind.js';
import { READING_STEPS } from './reading-steps.js';
import { RulesFile, type Rule } from './schema.js';
import { byCodeUnit } from '../text/utils.js';

/** Every phrase-bearing field of a rule, with its key for error paths. */
function phraseFields(rule: Rule): PhraseField[] {
  return kindOf(rule).phraseFields(rule);
}

/**
 * Checks beyond types: unique ids (none a reading step's), phrases the tokenizer keeps, one theme per phrase, one way a
 * theme reads in a sentence, at most one stance policy.
 */
export function checkRules(rules: readonly Rule[], ctx: z.RefinementCtx, path: (string | number)[]): void {
  const seen = new Map<string, number>();
  const themeOf = new Map<string, string>();
  const readsAs = new Map<string, number>();
  rules.forEach((rule, i) => {
    const at = [...path, i];
    if (rule.kind === 'theme-lexicon' && rule.phrase !== undefined) {
      const first = readsAs.get(rule.theme);
      const other = first === undefined ? undefined : rules[first];
      if (other?.kind === 'theme-lexicon' && other.phrase !== rule.phrase) {
        ctx.addIssue({ code: 'custom', path: [...at, 'phrase'], message: differentPhrases(rule.theme, rule.phrase, `"${other.id}" (rules[${first}])`, other.phrase!) });
      }
      if (first === undefined) readsAs.set(rule.theme, i);
    }
    if (seen.has(rule.id)) {
      ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `duplicate id "${rule.id}" (also rules[${seen.get(rule.id)}]); give each rule its own id` });
    }
    seen.set(rule.id, i);
    if (READING_STEPS.some((step) => step.id === rule.id)) {
      ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `"${rule.id}" is a built-in step of the stance reading (see \`csc-tag rules\`); give the rule another id` });
    }
    for (const [key, list] of phraseFields(rule)) {
      list.forEach((p, j) => {
        const result = compilePhrase(p);
        if (typeof result === 'string') ctx.addIssue({ code: 'custom', path: [...at, key, j], message: result });
        if (rule.kind === 'theme-lexicon') {
          const norm = p.toLowerCase();
          const other = themeOf.get(norm);
          if (other && other !== rule.theme) {
            ctx.addIssue({ code: 'custom', path: [...at, key, j], message: `"${p}" is already a term of theme "${other}"; a phrase belongs to one theme` });
          }
          themeOf.set(norm, rule.theme);
        }
      });
    }
  });
  // The reading of an argument takes one set of weights: of two policies, one would be dropped in silence.
  const policies = rules.flatMap((rule, i) => (rule.kind === 'stance-policy' ? [i] : []));
  if (policies.length > 1) {
    const ids = policies.map((i) => `"${rules[i]!.id}" (rules[${i}])`).join(', ');
    ctx.addIssue({ code: 'custom', path: [...path, policies[1]!, 'kind'], message: `more than one stance-policy: ${ids}; keep one, or give it the id of the one to replace` });
  }
}

/** Two rules of one theme that read differently in a sentence: a report would use one of them in silence. */
const differentPhrases = (theme: string, phrase: string, other: string, otherPhrase: string): string =>
  `theme "${theme}" reads as "${phrase}" here but as "${otherPhrase}" in ${other}; give every rule of a theme the same phrase, or give it in one rule only`;

const CheckedRulesFile = RulesFile.superRefine((file, ctx) => checkRules(file.rules, ctx, ['rules']));

/** `rules[3].phrases[0]: expected a non-empty string`; `prefix` names where the object sits in its file. */
export function formatIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): string {
  const at = (keys: readonly PropertyKey[]): string => keys.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || '(top level)';
  return error.issues
    .flatMap((issue) =>
      // A misspelt key is named where it stands, as ESLint names the key path.
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => `${at([...prefix, ...issue.path, key])}: unknown key; check its spelling`) : [`${at([...prefix, ...issue.path])}: ${issue.message}`],
    )
    .join('; ');
}

export function parseRulesFile(data: unknown, file: string): RulesFile {
  const result = CheckedRulesFile.safeParse(data);
  if (!result.success) throw new CscTagError('rules-invalid', formatIssues(result.error), file);
  return result.data;
}

/** The built-in rules in id order, as every set of rules is read: the file's order means nothing to them. */
export function builtinRules(): Rule[] {
  return parseRulesFile(builtin, 'built-in rules').rules.sort((a, b) => byCodeUnit(a.id, b.id));
}

/**
 * The built-in themes in the codebook's order (LABELS.md, Themes), which builtin.json keeps for its theme rules: the
 * order eval lists them in, as ../shared/tools/score.mjs does, so that the two print the same table.
 */
export function codebookThemes(): string[] {
  const rules = parseRulesFile(builtin, 'built-in rules').rules;
  return [...new Set(rules.flatMap((rule) => (rule.kind === 'theme-lexicon' ? [rule.theme] : [])))];
}

export function readRulesFile(file: string): RulesFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CscTagError('rules-unreadable', `cannot read rules file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CscTagError('rules-invalid', `not valid JSON: ${(error as Error).message}`, file);
  }
  return parseRulesFile(data, file);
}

/**
 * A user's theme phrase must not already belong to another theme of the
 * merged set (a built-in one included): the longest-match matcher would give
 * it to one of them silently. Nor may a user's rule make a theme read in a
 * sentence otherwise than another rule of the merged set does.
 */
export function crossThemeConflicts(merged: readonly Rule[], user: RulesFile): string[] {
  const issues: string[] = [];
  user.rules.forEach((rule, i) => {
    if (rule.kind !== 'theme-lexicon') return;
    const other = merged.find((r) => r.kind === 'theme-lexicon' && r.id !== rule.id && r.theme === rule.theme && r.phrase !== undefined && rule.phrase !== undefined && r.phrase !== rule.phrase);
    if (other?.kind === 'theme-lexicon') issues.push(`rules[${i}].phrase: ${differentPhrases(rule.theme, rule.phrase!, `rule "${other.id}"`, other.phrase!)}`);
    for (const [key, list] of phraseFields(rule)) {
      list.forEach((p, j) => {
        const other = merged.find((r) => r.kind === 'theme-lexicon' && r.id !== rule.id && r.theme !== rule.theme && [...r.strong, ...r.weak].some((q) => q.toLowerCase() === p.toLowerCase()));
        if (other && other.kind === 'theme-lexicon') issues.push(`rules[${i}].${key}[${j}]: "${p}" is already a term of theme "${other.theme}"; a phrase belongs to one theme`);
      });
    }
  });
  return issues;
}

/**
 * One merge model: a user file extends the built-in rules (a rule with the
 * same id replaces the built-in one) or, with `"extends": false`, replaces
 * them; `disable` then removes rules by id. Unknown ids in `disable` are errors.
 */
export function mergeRules(base: readonly Rule[], user: RulesFile | undefined, file = 'rules file'): Rule[] {
  if (!user) return [...base];
  const byId = new Map<string, Rule>();
  if (user.extends) for (const rule of base) byId.set(rule.id, rule);
  for (const rule of user.rules) byId.set(rule.id, rule);
  for (const id of user.disable) {
    if (!byId.delete(id)) throw new CscTagError('rules-invalid', `disable: no rule has the id "${id}" (see \`csc-tag rules\`)`, file);
  }
  const merged = [...byId.values()].sort((a, b) => byCodeUnit(a.id, b.id));
  const policies = merged.filter((rule) => rule.kind === 'stance-policy').map((rule) => `"${rule.id}"`);
  if (policies.length > 1) {
    throw new CscTagError('rules-invalid', `more than one stance-policy once merged with the built-in rules: ${policies.join(', ')}; give yours the id of the one to replace`, file);
  }
  return merged;
}
