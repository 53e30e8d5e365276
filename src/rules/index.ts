export { compileRules, type CompiledRules } from './compile.js';
export { normaliseWording } from './closed-wording.js';
export { builtinRules, checkRules, codebookThemes, crossThemeConflicts, formatIssues, mergeRules, parseRulesFile, readRulesFile } from './load.js';
export { Rule, RulesFile, type RuleKind, type RuleOf } from './schema.js';
