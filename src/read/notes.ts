import type { DecodeWarning } from './decode.js';

/** What a document keeps beside its text: footnotes, endnotes and reviewers' comments. */
export type NoteLabel = 'Footnote' | 'Endnote' | 'Comment';

/** A note as a block of its own, marked as what it is so that it is never read as the respondent's answer text unawares. */
export function noteBlock(label: NoteLabel, text: string): string {
  return `[${label}: ${text.replace(/\s+/g, ' ').trim()}]`;
}

/**
 * Counts the notes a reader put into the text and says so in warnings, one
 * per kind: `notes-inline` and `comments-inline` when each follows the
 * paragraph it is anchored in, `-appended` when the format gives no anchor
 * and they follow the body.
 */
export class NoteCount {
  private readonly counts = new Map<NoteLabel, number>();

  add(label: NoteLabel): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + 1);
  }

  warnings(placed: 'inline' | 'appended'): DecodeWarning[] {
    const where = placed === 'inline' ? 'after their paragraph' : 'after the body';
    return (['Footnote', 'Endnote', 'Comment'] as const).flatMap((label) => {
      const count = this.counts.get(label) ?? 0;
      if (count === 0) return [];
      const code = `${label === 'Comment' ? 'comments' : 'notes'}-${placed}`;
      return [{ code, message: `${count} ${label.toLowerCase()}(s) read ${where}, marked [${label}: ...]` }];
    });
  }
}
