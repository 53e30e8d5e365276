// Kept apart from the zod schema: worker threads tag with them but never load zod (see model/stance-labels.ts).
type PolicyKey =
  | 'sideWeight'
  | 'abstainConfidence'
  | 'balancedConfidence'
  | 'noPositionConfidence'
  | 'minPosition'
  | 'minPositionOpen'
  | 'dominance'
  | 'lead'
  | 'statedConfidenceMin'
  | 'statedConfidenceMax'
  | 'openConfidence'
  | 'nothingConfidence'
  | 'hedgeReach'
  | 'negationReach'
  | 'closedLine'
  | 'closedLead'
  | 'closedOpening'
  | 'conceded';

/**
 * Defaults of the stance policy's fields beyond the reading of an argument (stated positions, closed answers,
 * reaches), so that a user's policy written before them still loads, and used where a rules file has no policy.
 */
export const POLICY_DEFAULTS: Readonly<Record<PolicyKey, number>> = {
  sideWeight: 0.4,
  abstainConfidence: 0.3,
  balancedConfidence: 0.5,
  noPositionConfidence: 0.8,
  minPosition: 1.5,
  minPositionOpen: 3,
  dominance: 2,
  lead: 1.5,
  statedConfidenceMin: 0.55,
  statedConfidenceMax: 0.95,
  openConfidence: 0.6,
  nothingConfidence: 0.4,
  hedgeReach: 4,
  negationReach: 4,
  closedLine: 1,
  closedLead: 0.95,
  closedOpening: 0.9,
  conceded: 0.5,
};
