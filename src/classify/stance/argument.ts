import { readArgument } from '../argument/read-argument.js';
import { cuesFired, type Decider } from './input.js';

/**
 * With no position stated, the position is read from the argument, as an analyst would (LABELS.md): a
 * judgement such as `is a useful tool` is for or against the proposal only once it is known whether it judges
 * the proposal or the thing the proposal would ban.
 */
export const argument: Decider = (input) => {
  const { proposal, open, sentences, context } = input;
  if (!proposal || open) return undefined;
  const stance = readArgument(sentences, proposal, context);
  return stance ? { stance, fired: cuesFired(input) } : undefined;
};
