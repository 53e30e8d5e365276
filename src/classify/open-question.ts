import type { CompiledRules } from '../rules/compile.js';
import { TokenRun } from '../text/tokens.js';

/** Whether the question asks for suggestions or information rather than a position. */
export function isOpenQuestion(question: string, rules: CompiledRules): boolean {
  const run = new TokenRun(question);
  for (let i = 0; i < Math.min(run.length, 8); i++) if (rules.openQuestions.matchHere(run, i)) return true;
  return false;
}
