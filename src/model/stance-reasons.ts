/**
 * Why a stance is what it is: a closed list of codes, each decided by one decider of classify/stance/, and the
 * one place that says each in codebook words. Code compares codes, never the sentences. Kept apart from the zod
 * schema, as stance-labels.ts is, so worker threads never load zod.
 */
export const STANCE_REASONS = {
  prose: 'prose section',
  'no-answer': 'no answer',
  'cross-reference': 'cross-reference or no answer',
  'closed-answer': 'closed answer',
  'stated-support': 'support outweighs reservations',
  'stated-opposition': 'opposition outweighs support',
  'stated-balanced': 'support and reservations of similar weight',
  'stated-reservations': 'reservations without a stated position',
  'stated-no-position': 'states no position',
  'argument-proposal': 'judges the proposal',
  'argument-consequence': 'names a consequence of the proposal',
  'argument-problem': 'describes the problem the proposal addresses',
  'argument-other': 'argues the proposal’s way of things',
  'argument-directive': 'calls for an action on the proposal',
  'argument-counter': 'proposes something else instead',
  'argument-rhetorical': 'asks a rhetorical question against it',
  'argument-balanced': 'argues both ways',
  'argument-too-little': 'too little to go on',
  'judged-support': 'support outweighs reservations',
  'judged-opposition': 'opposition outweighs support',
  'judged-balanced': 'support and reservations of similar weight',
  'judged-reservations': 'reservations without a stated position',
  'judged-in-passing': 'support only in passing',
  'open-no-position': 'open question answered without a position',
  'no-position': 'no position stated',
  'not-english': 'not English',
  reviewed: 'reviewed by an analyst',
} as const;

export type StanceReason = keyof typeof STANCE_REASONS;
export const STANCE_REASON_CODES = Object.keys(STANCE_REASONS) as [StanceReason, ...StanceReason[]];

/** The reason in codebook words, as reports print it. */
export const reasonText = (code: StanceReason): string => STANCE_REASONS[code];
