import type { DocumentDigest } from '../model/digest.js';
import type { Review } from '../model/review.js';
import type { Reviews } from '../model/schema.js';
import { slotOf } from '../model/segment-key.js';

/**
 * Counts, as documents go by, which reviews found their segment; at the end,
 * each review that found none is stale: `answer-changed` when a segment of
 * the same file and question (the key's slot) is in the run, else
 * `unknown-key`. Holds only the reviews and what they match.
 */
export class ReviewTally {
  private readonly keys: Set<string>;
  private readonly applied = new Set<string>();
  private readonly slots: Map<string, { file: string; question: string | null } | null>;

  constructor(private readonly reviews: readonly Review[]) {
    this.keys = new Set(reviews.map((r) => r.key));
    this.slots = new Map(reviews.map((r) => [slotOf(r.key), null]));
  }

  addDocument(doc: DocumentDigest): void {
    for (const segment of doc.segments) {
      if (segment.key === undefined) continue;
      if (this.keys.has(segment.key)) this.applied.add(segment.key);
      const slot = slotOf(segment.key);
      if (this.slots.get(slot) === null) this.slots.set(slot, { file: doc.file, question: segment.question });
    }
  }

  end(): Reviews {
    let applied = 0;
    const stale: Reviews['stale'] = [];
    for (const review of this.reviews) {
      if (this.applied.has(review.key)) {
        applied++;
        continue;
      }
      const seen = this.slots.get(slotOf(review.key));
      stale.push({
        key: review.key,
        file: review.file ?? seen?.file ?? null,
        question: review.question ?? seen?.question ?? null,
        why: seen ? 'answer-changed' : 'unknown-key',
      });
    }
    return { applied, stale };
  }
}
