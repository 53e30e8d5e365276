/** A furniture rule's line opening, as the segmenter applies it. */
export interface FurnitureLine {
  rule: string;
  /** Lower-case line opening. */
  prefix: string;
  action: 'drop' | 'end';
}

/**
 * The one matcher of page furniture: the segmenter drops lines with it, the document's title skips them, and a
 * furniture rule's examples are judged by it.
 */
export class FurnitureMatcher {
  /** Only a line's opening can match: lower-casing whole paragraphs would copy the document. */
  private readonly longest: number;

  /** `lines` in rule-id order: the first that matches a line claims it. */
  constructor(private readonly lines: readonly FurnitureLine[]) {
    this.longest = lines.reduce((max, l) => Math.max(max, l.prefix.length), 0);
  }

  /** The furniture line that `text` opens with, if any. */
  match(text: string): FurnitureLine | undefined {
    const lower = text.slice(0, this.longest).toLowerCase();
    return this.lines.find((l) => lower.startsWith(l.prefix));
  }
}
