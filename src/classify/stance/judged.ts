import { cuesFired, stanceOf, type Decider } from './input.js';
import { policyOf, weighCues } from './weigh-cues.js';

/**
 * The last decider: every heard cue, judgements of any subject included, weighed as a whole; an open question
 * answered without a position, or a position question whose answer gave nothing to go on, is `neutral` at the
 * policy's confidence for each.
 */
export const judged: Decider = (input) => {
  const codes = { support: 'judged-support', opposition: 'judged-opposition', balanced: 'judged-balanced', reservations: 'judged-reservations', inPassing: 'judged-in-passing' } as const;
  const stance = weighCues(input.cues().all, input, codes);
  if (stance) return { stance, fired: cuesFired(input) };
  const policy = policyOf(input.context.rules);
  const [confidence, code] = input.open ? [policy.openConfidence, 'open-no-position' as const] : [policy.nothingConfidence, 'no-position' as const];
  return { stance: stanceOf('neutral', 'inferred', confidence, code, []), fired: cuesFired(input) };
};
