import type { CompiledRules } from '../../rules/compile.js';
import type { Sentence } from '../../text/sentences.js';

/** A clause of an answer: token indices [from, to) of its sentence's run. */
export interface Clause {
  sentence: Sentence;
  from: number;
  to: number;
  /** Led by `although`, `while`: conceded, so it weighs less (codebook rule 3). */
  conceded: boolean;
  /** Led by `but`, `however`: the turn of the argument, which weighs a little more, never all (rule 3). */
  contrasted: boolean;
  /** The sentence is a question (ends with `?`). */
  question: boolean;
}

// Sentence ends count too: informal answers often run sentences together without capitals.
const CLAUSE_BREAK = new Set([...',;:–—().!?'].map((c) => c.charCodeAt(0)));

/** Whether a clause break (comma, semicolon, colon, dash) stands between token `i - 1` and token `i`. */
function breakBefore(sentence: Sentence, i: number): boolean {
  const { text, starts, ends } = sentence.tokens;
  for (let k = ends[i - 1]!; k < starts[i]!; k++) if (CLAUSE_BREAK.has(text.charCodeAt(k))) return true;
  return false;
}

/**
 * Clauses split at punctuation inside the sentence, at contrast words (`but`, `however`, `although`) and at
 * words that open a clause of their own (`because`, `which`, `if`):
 * each side of a contrast is read on its own, and neither wins by position (LABELS.md, rule 3).
 */
export function splitClauses(sentence: Sentence, rules: CompiledRules): Clause[] {
  const { tokens, from, to } = sentence;
  const contrasts = rules.contrasts.findAll(tokens, from, to);
  const question = tokens.text.slice(sentence.start, sentence.end).trimEnd().endsWith('?');
  const cuts = new Map<number, 'break' | 'after' | 'concessive'>();
  for (let i = from + 1; i < to; i++) if (breakBefore(sentence, i)) cuts.set(i, 'break');
  for (const c of contrasts) cuts.set(c.from, c.payload.mode);
  for (const m of rules.argument.markers.findAll(tokens, from + 1, to)) if (m.payload.role === 'clause' && !cuts.has(m.from)) cuts.set(m.from, 'break');
  const starts = [...new Set([from, ...cuts.keys()])].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? to;
    const cut = cuts.get(start);
    if (end > start) clauses.push({ sentence, from: start, to: end, conceded: cut === 'concessive', contrasted: cut === 'after', question });
  });
  return clauses;
}
