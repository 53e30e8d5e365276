import type { CompiledRules } from '../../rules/compile.js';
import type { Sentence } from '../../text/sentences.js';
import { evidenceAt } from '../evidence.js';
import { cuesFired, stanceOf, type Decider } from './input.js';
import { policyOf, weighCues } from './weigh-cues.js';

/**
 * A position the respondent states in their own voice, on a question that asks for one: `We support`,
 * `Totally against this.`, `The Town Council supports this policy`; or that they take no side (`no strong
 * feelings either way`), unless they state a side after saying so. Support balanced by reservations (rule 3),
 * and reservations alone, which are never `disagree`, also decide here; a stated position too light to count
 * leaves the decision to the argument.
 */
export const statedPosition: Decider = (input) => {
  const { proposal, open, sentences, context } = input;
  if (!proposal || open) return undefined;
  const { own } = input.cues();
  const fired = cuesFired(input);
  const noSide = statedNoPosition(sentences, context.rules);
  if (noSide && !own.some((c) => c.sentence.start > noSide.start)) {
    const evidence = [evidenceAt(context.source, context.locate, noSide.start, noSide.end, noSide.rule, 'decides')];
    const stance = stanceOf('neutral', 'inferred', policyOf(context.rules).noPositionConfidence, 'stated-no-position', evidence);
    return { stance, fired: [...fired, { rule: noSide.rule, label: 'neutral' }] };
  }
  const stance = weighCues(own, input, {
    support: 'stated-support',
    opposition: 'stated-opposition',
    balanced: 'stated-balanced',
    reservations: 'stated-reservations',
    inPassing: 'judged-in-passing',
  });
  if (!stance || stance.code === 'judged-in-passing') return undefined;
  return { stance, fired };
};

/** The first sentence in which the respondent says they take no side, with its rule. */
function statedNoPosition(sentences: readonly Sentence[], rules: CompiledRules): { rule: string; start: number; end: number } | undefined {
  for (const sentence of sentences) {
    const match = rules.cues.findAll(sentence.tokens, sentence.from, sentence.to).find((m) => m.payload.label === 'neutral');
    if (match) return { rule: match.payload.rule, start: sentence.start, end: sentence.end };
  }
  return undefined;
}
