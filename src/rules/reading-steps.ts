/**
 * Steps of the stance reading that evidence cites by id, though no rules file holds them: what they match
 * comes from the question, not from rule data, so there is nothing to configure, disable or replace. `csc-tag
 * rules` lists them beside the rules and `rules --explain` shows each, so that every id a report cites can be
 * looked up.
 */
export interface ReadingStepRule {
  id: string;
  kind: 'reading-step';
  /** What it matches, in words, for the listing. */
  pattern: string;
  description: string;
  source: string;
  note: string;
}

/** A clause names the proposal's object (its evidence is the object word: `children`). */
export const READING_OBJECT = 'stance.reading.object';

export const READING_STEPS: readonly ReadingStepRule[] = [
  {
    id: READING_OBJECT,
    kind: 'reading-step',
    pattern: "the proposal's object, read from the question",
    description: "A clause that names the proposal's object as things are now is about the problem the proposal addresses.",
    source: 'LABELS.md, Stance: it describes the problem that the proposal addresses as a real problem',
    note: "The object's words are read from the question (the content words its proposal's action acts on, matched by stem), so no rule lists them.",
  },
];
