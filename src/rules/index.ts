import { compileRules, type CompiledRules } from './compile.js';
import { builtinRules, mergeRules, readRulesFile } from './load.js';

export { compileRules, normaliseForm, type CompiledRules } from './compile.js';
export { builtinRules, checkRules, formatIssues, mergeRules, parseRulesFile, readRulesFile } from './load.js';
export { Rule, RulesFile, type RuleKind, type RuleOf } from './schema.js';

/** The built-in rules merged with a user's rules file, compiled for matching. */
export function loadCompiledRules(userFile?: string): CompiledRules {
  return compileRules(mergeRules(builtinRules(), userFile ? readRulesFile(userFile) : undefined, userFile));
}
