/**
 * The stance labels, in the order reports list them: the one list the
 * schema, the summary and the Markdown report read. Kept apart from the
 * zod schema so that worker threads, which render reports but validate
 * nothing, never load zod (about 12 MB of a worker's memory).
 */
export const STANCE_LABELS = ['agree', 'neutral', 'disagree', 'none'] as const;
