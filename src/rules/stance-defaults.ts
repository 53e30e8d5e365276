// Kept apart from the zod schema: worker threads tag with them but never load zod (see model/stance-labels.ts).
type StatedKey = 'sideWeight' | 'abstainConfidence' | 'balancedConfidence' | 'noPositionConfidence' | 'minPosition' | 'minPositionOpen' | 'dominance' | 'lead';

/** Defaults of the stated-position part of the stance policy, so that a user's policy written before it still loads. */
export const STATED_DEFAULTS: Readonly<Record<StatedKey, number>> = {
  sideWeight: 0.4,
  abstainConfidence: 0.3,
  balancedConfidence: 0.5,
  noPositionConfidence: 0.8,
  minPosition: 1.5,
  minPositionOpen: 3,
  dominance: 2,
  lead: 1.5,
};
