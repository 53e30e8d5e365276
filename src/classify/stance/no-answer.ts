import type { CompiledRules } from '../../rules/compile.js';
import type { Sentence } from '../../text/sentences.js';
import { TokenRun } from '../../text/tokens.js';
import { evidenceAt } from '../evidence.js';
import { stanceOf, type Decider } from './input.js';

/** No answer at all, or one that only points elsewhere (`See above.`): `none` (LABELS.md). */
export const noAnswer: Decider = ({ sentences, context }) => {
  if (sentences.length === 0) return { stance: stanceOf('none', 'none', 1, 'no-answer', []), fired: [] };
  const cross = crossReference(sentences, context.rules);
  if (!cross) return undefined;
  const evidence = [evidenceAt(context.source, context.locate, cross.start, cross.end, cross.rule, 'decides')];
  return { stance: stanceOf('none', 'none', 1, 'cross-reference', evidence), fired: [{ rule: cross.rule, label: 'none' }] };
};

/** A short answer that is wholly a cross-reference or a non-answer ("See our answer to question 3."), with its span. */
function crossReference(sentences: readonly Sentence[], rules: CompiledRules): { rule: string; start: number; end: number } | undefined {
  // Only a short answer can be a cross-reference.
  if (sentences.length > 3 || sentences.reduce((n, s) => n + s.to - s.from, 0) > 24) return undefined;
  const first = sentences[0]!;
  const last = sentences[sentences.length - 1]!;
  // Web-form lines between the sentences put other words between them in the document's run: read the sentences alone.
  const adjacent = sentences.every((s, i) => i === 0 || sentences[i - 1]!.to === s.from);
  const run = adjacent ? first.tokens : new TokenRun(sentences.map((s) => s.tokens.text.slice(s.start, s.end)).join(' '));
  const [from, to] = adjacent ? [first.from, last.to] : [0, run.length];
  const match = rules.noAnswer.matchHere(run, from, to);
  if (!match || match.to !== to) return undefined;
  const source = first.tokens;
  return { rule: match.payload, start: source.starts[first.from]!, end: source.ends[last.to - 1]! };
}
