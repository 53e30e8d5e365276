/**
 * Scale points of closed survey questions that the stance rules do not
 * know, since they state no position on a proposal (`Very important`,
 * `Not applicable`). With the rules' closed answers (`Agree`, `Yes`,
 * `Very useful`), they tell a closed column: its answers are all scale points.
 */
const SCALE_ONLY = new Set([
  'n/a',
  'na',
  'not applicable',
  'prefer not to say',
  'other',
  'very important',
  'important',
  'fairly important',
  'not very important',
  'not important',
  'not at all important',
  'very likely',
  'likely',
  'unlikely',
  'very unlikely',
]);

export function normaliseScaleValue(value: string): string {
  return value
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s"(]+|[\s.!"),;:]+$/g, '');
}

/** Whether `value` is a scale point: a closed answer the rules know (`isClosedForm`), or one of SCALE_ONLY. */
export function isScaleValue(value: string, isClosedForm: (text: string) => boolean): boolean {
  return SCALE_ONLY.has(normaliseScaleValue(value)) || isClosedForm(value);
}
