import type { DocumentDigest } from '../model/digest.js';
import type { Summary } from '../model/schema.js';
import { STANCE_LABELS as STANCES } from '../model/stance-labels.js';

/** Corpus counts, gathered one document at a time so no document need be kept. */
export class SummaryBuilder {
  private documents = 0;
  private skipped = 0;
  private segments = 0;
  private questions = 0;
  private readonly stance: Record<string, number> = Object.fromEntries(STANCES.map((s) => [s, 0]));
  private readonly themes: Record<string, number>;
  private readonly themeByStance: Record<string, Record<string, number>>;

  constructor(themes: readonly string[]) {
    this.themes = Object.fromEntries(themes.map((t) => [t, 0]));
    this.themeByStance = Object.fromEntries(themes.map((t) => [t, Object.fromEntries(STANCES.map((s) => [s, 0]))]));
  }

  addDocument(doc: DocumentDigest): void {
    this.documents++;
    for (const segment of doc.segments) {
      this.segments++;
      const isQuestion = segment.kind === 'question';
      if (isQuestion) {
        this.questions++;
        this.stance[segment.stance.label]! += 1;
      }
      for (const { theme } of segment.themes) {
        this.themes[theme] = (this.themes[theme] ?? 0) + 1;
        if (isQuestion) {
          const row = (this.themeByStance[theme] ??= Object.fromEntries(STANCES.map((s) => [s, 0])));
          row[segment.stance.label]! += 1;
        }
      }
    }
  }

  addSkipped(): void {
    this.skipped++;
  }

  build(): Summary {
    return {
      documents: this.documents,
      skipped: this.skipped,
      segments: this.segments,
      questions: this.questions,
      stance: { ...this.stance },
      themes: { ...this.themes },
      themeByStance: structuredClone(this.themeByStance),
    };
  }
}
