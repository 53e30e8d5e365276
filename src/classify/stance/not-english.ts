import { stanceOf, type Decider } from './input.js';
import { policyOf } from './weigh-cues.js';

/**
 * An answer in another language (text/language.ts): the rules read English, so its stance is left to a
 * reviewer, `neutral` at the policy's abstaining confidence, rather than guessed from words that happen to
 * look English. A closed answer before it (`Agree.`) still decides.
 */
export const notEnglish: Decider = ({ language, context }) =>
  language === undefined ? undefined : { stance: stanceOf('neutral', 'inferred', policyOf(context.rules).abstainConfidence, 'not-english', []), fired: [] };
