import { splitClauses, type Clause } from '../../../src/classify/argument/clauses.js';
import { readProposal, type ProposalModel } from '../../../src/classify/proposal.js';
import { splitSentences, type Sentence } from '../../../src/text/sentences.js';
import { TokenRun } from '../../../src/text/tokens.js';
import { loadCompiledRules } from '../../../src/pipeline/load-rules.js';

/** Shared by the argument table tests: the built-in rules, and sentences cut from made-up answers. */
export const rules = loadCompiledRules();

/** The sentences of one paragraph of answer text. */
export function sentencesOf(text: string): Sentence[] {
  return splitSentences(text, [{ start: 0, end: text.length, text }], new TokenRun(text));
}

/** The one sentence of `text` (the table rows are single sentences). */
export function sentenceOf(text: string): Sentence {
  const [sentence, ...rest] = sentencesOf(text);
  if (!sentence || rest.length > 0) throw new Error(`expected one sentence: ${JSON.stringify(text)}`);
  return sentence;
}

/** The words of tokens [from, to) of a sentence, as written. */
export function wordsAt(sentence: Sentence, from: number, to: number): string {
  const { starts, ends, text } = sentence.tokens;
  return text.slice(starts[from]!, ends[to - 1]!);
}

/** The clauses of a one-sentence answer. */
export function clausesOf(text: string): Clause[] {
  return splitClauses(sentenceOf(text), rules);
}

/** The one clause of `text` (a sentence that the splitter does not cut). */
export function clauseOf(text: string): Clause {
  const [clause, ...rest] = clausesOf(text);
  if (!clause || rest.length > 0) throw new Error(`expected one clause: ${JSON.stringify(text)}`);
  return clause;
}

export const proposalOf = (question: string): ProposalModel => readProposal(question, rules);
