import { extensionOf } from '../read/extension.js';
import { QuestionAligner } from '../questions/align.js';
import type { ListedQuestion } from '../questions/list.js';
import { byCodeUnit } from '../text/utils.js';
import type { RunEnd } from '../model/run-end.js';
import type { DocumentDigest } from '../model/digest.js';
import type { DocumentReport, Ignored, Letters, Report, Skipped } from '../model/schema.js';
import { SummaryBuilder } from './summary.js';
import type { Review } from '../model/review.js';
import { ReviewTally } from './review-tally.js';

/**
 * What a run gathers as documents go by, without keeping them: the summary
 * counts, the question groups and the skipped inputs; `end()` gives what
 * follows the documents in every report.
 */
export class RunTotals {
  private readonly summary: SummaryBuilder;
  private readonly aligner: QuestionAligner;
  private readonly skipped: Skipped[] = [];
  private ignored: string[] = [];
  private readonly reviews: ReviewTally | undefined;

  private readonly letters: Letters | undefined;

  /** `proposal`: letters are counted on it, beside the first listed question's answers when it is that question. */
  constructor(themes: readonly string[], list?: readonly ListedQuestion[], reviews?: readonly Review[], proposal?: string) {
    this.summary = new SummaryBuilder(themes);
    this.aligner = new QuestionAligner(themes, list);
    this.reviews = reviews ? new ReviewTally(reviews) : undefined;
    const question = list && list.length > 0 && list[0]!.text === proposal ? 'q1' : null;
    this.letters = proposal === undefined ? undefined : { proposal, question, documents: 0, stance: { agree: 0, neutral: 0, disagree: 0, none: 0 } };
  }

  /** A document, whole or as its digest. */
  addDocument(doc: DocumentDigest): void {
    this.summary.addDocument(doc);
    this.aligner.addDocument(doc);
    this.reviews?.addDocument(doc);
    if (this.letters && doc.letter) {
      this.letters.documents++;
      this.letters.stance[doc.letter.stance.label]++;
    }
  }

  /** Files a folder search passed over, for lack of a reader. */
  setIgnored(files: readonly string[]): void {
    this.ignored = [...files];
  }

  addSkipped(skipped: Skipped): void {
    this.skipped.push(skipped);
    this.summary.addSkipped();
  }

  /** What follows the documents; its question groups read their members from disk until `close`. */
  end(): RunEnd {
    const skipped = [...this.skipped].sort((a, b) => byCodeUnit(a.file, b.file));
    const reviews = this.reviews?.end();
    const letters = this.letters ? { ...this.letters, stance: { ...this.letters.stance } } : undefined;
    return { ...this.aligner.result(), skipped, ignored: ignoredOf(this.ignored), ...(reviews ? { reviews } : {}), ...(letters ? { letters } : {}), summary: this.summary.build() };
  }

  close(): void {
    this.aligner.close();
  }
}

/** A whole report in memory, for library users and tests; the CLI streams the same pieces instead. */
export function buildReport(
  documents: readonly DocumentReport[],
  skipped: readonly Skipped[],
  meta: { generator: Report['generator']; themes: readonly string[]; list?: readonly ListedQuestion[]; ignored?: readonly string[] },
): Report {
  const totals = new RunTotals(meta.themes, meta.list);
  if (meta.ignored) totals.setIgnored(meta.ignored);
  for (const doc of documents) totals.addDocument(doc);
  for (const s of skipped) totals.addSkipped(s);
  const end = totals.end();
  // A report in memory holds its members itself: read them all, then let the spill file go.
  const questions = end.questions.map((group) => ({ ...group }));
  totals.close();
  return { schemaVersion: 1, generator: meta.generator, themes: [...meta.themes], documents: [...documents], ...end, questions };
}

/** `(none)` stands for names without an extension. */
function ignoredOf(files: readonly string[]): Ignored {
  const byExtension: Record<string, number> = {};
  for (const file of [...files].sort(byCodeUnit)) {
    const ext = extensionOf(file) || '(none)';
    byExtension[ext] = (byExtension[ext] ?? 0) + 1;
  }
  const sorted = Object.fromEntries(Object.entries(byExtension).sort(([a], [b]) => byCodeUnit(a, b)));
  return { files: [...files].sort(byCodeUnit), byExtension: sorted };
}
