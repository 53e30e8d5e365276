import type { StanceLabel } from '../model/schema.js';

/** One answer to a question as discovery keeps it: numbers and a place in the text spill, never its text. */
export interface AnswerRecord {
  /** The question group's index. */
  group: number;
  file: string;
  segment: string;
  stance: StanceLabel;
  /** Where its text is in the spill. */
  place: [number, number];
  /** Where the answer starts in its document. */
  line: number;
  column: number;
  offset: number;
  /** Its candidate phrases (Vocabulary ids); null for an answer with no text to read. */
  candidates: Int32Array | null;
}
