import type { CompiledRules } from '../rules/compile.js';
import { TokenRun } from '../text/tokens.js';

/** Whether the question asks for suggestions or information rather than a position; `run` is its words, when already scanned. */
export function isOpenQuestion(question: string, rules: CompiledRules, run = new TokenRun(question)): boolean {
  for (let i = 0; i < Math.min(run.length, 8); i++) if (rules.openQuestions.matchHere(run, i)) return true;
  return false;
}
