import { failingExamples } from '../eval/rule-examples.js';
import { CscTagError } from '../model/errors.js';
import { builtinRules, compileRules, crossThemeConflicts, mergeRules, readRulesFile, type CompiledRules } from '../rules/index.js';

/**
 * The built-in rules merged with a user's rules file, compiled for matching.
 * A user's file has its rules' examples run as it loads, so a rule that does
 * not do what its author showed is an error, not a silent miss. Running the
 * examples runs the classifier, so this sits above eval/, not in rules/.
 */
let builtinCompiled: CompiledRules | undefined;

/** `builtinThemes: false` leaves out the built-in theme lexicons (children's social care), for another consultation; stance rules stay. */
export function loadCompiledRules(userFile?: string, { builtinThemes = true }: { builtinThemes?: boolean } = {}): CompiledRules {
  const base = builtinThemes ? builtinRules() : builtinRules().filter((rule) => rule.kind !== 'theme-lexicon');
  // The built-in rules never change in a process: check and compile them once.
  if (!userFile) return builtinThemes ? (builtinCompiled ??= compileRules(base)) : compileRules(base);
  const user = readRulesFile(userFile);
  const merged = mergeRules(base, user, userFile);
  const conflicts = crossThemeConflicts(merged, user);
  if (conflicts.length > 0) throw new CscTagError('rules-invalid', conflicts.join('; '), userFile);
  const compiled = compileRules(merged);
  const failures = failingExamples(compiled, new Set(user.rules.map((r) => r.id)));
  if (failures.length > 0) throw new CscTagError('rules-examples', failures.join('; '), userFile);
  return compiled;
}
