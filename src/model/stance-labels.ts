/**
 * The stance labels, in the order reports list them: the one list the
 * schemas, the summary, the reports and the scorer read, with the two
 * subsets below taken from it. Kept apart from the zod schema so that worker
 * threads, which render reports but validate nothing, never load zod (about
 * 12 MB of a worker's memory).
 */
export const STANCE_LABELS = ['agree', 'neutral', 'disagree', 'none'] as const;
type Label = (typeof STANCE_LABELS)[number];

/** A label an answer can carry when it says anything: what a closed answer names and what the scorer scores. */
export type AnsweredLabel = Exclude<Label, 'none'>;
export const ANSWERED_LABELS = STANCE_LABELS.filter((l): l is AnsweredLabel => l !== 'none');

/** A side, which stance cues point to and a negator turns over. */
export type SideLabel = Exclude<AnsweredLabel, 'neutral'>;
export const SIDE_LABELS = ANSWERED_LABELS.filter((l): l is SideLabel => l !== 'neutral');
