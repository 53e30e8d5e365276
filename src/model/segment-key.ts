import { createHash } from 'node:crypto';

/**
 * A segment's key: what an analyst's review names, so that the review finds
 * its segment again in the next run. Two short hashes joined by `-`:
 *
 * - the slot, SHA-256 of the file's name and the question (empty for prose),
 *   which stays while the document keeps the question;
 * - the answer, SHA-256 of the answer's text.
 *
 * So a key stays the same across runs, machines and --jobs while the path,
 * the question and the answer do; a review whose slot is still found but not
 * its answer is stale because the answer changed. Eight hex digits each: a
 * collision needs two questions of one corpus (or two answers to one
 * question) to share 32 bits. Segments that agree on all three share a key,
 * and a review of it applies to each.
 */
export function segmentKey(file: string, question: string | null, answer: string): string {
  return `${hash8(`${file}\u0000${question ?? ''}`)}-${hash8(answer)}`;
}

/** The slot half of a key (file and question). */
export function slotOf(key: string): string {
  return key.split('-')[0]!;
}

const hash8 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
