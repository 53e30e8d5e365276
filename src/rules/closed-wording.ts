import type { RuleOf } from './schema.js';

/** Case, curly quotes, white space and end punctuation do not matter in a closed answer. */
export function normaliseWording(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“(]+|[\s.!,;:"”)]+$/g, '')
    .trim();
}

/** ASCII letters and digits in `text`, counted no further than one past `stopAbove`. */
function lettersAndDigits(text: string, stopAbove = Infinity): number {
  let count = 0;
  for (let i = 0; i < text.length && count <= stopAbove; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) count++;
  }
  return count;
}

/**
 * Closed-answer wordings (`Agree`, `Strongly disagree`) by their normalised
 * text. The first line of every answer is looked up, and in plain text that
 * line is often a whole paragraph: normalising loses no ASCII letter or
 * digit, so a text with more of them than the longest wording is none, and is
 * not normalised at all.
 */
export class ClosedWordings {
  private readonly byWording = new Map<string, RuleOf<'closed-answer'>>();
  private longest = 0;

  /** The first rule to add a wording keeps it. */
  add(wording: string, rule: RuleOf<'closed-answer'>): void {
    const key = normaliseWording(wording);
    if (this.byWording.has(key)) return;
    this.byWording.set(key, rule);
    this.longest = Math.max(this.longest, lettersAndDigits(key));
  }

  /** The rule whose wording `text` is, if it is one. */
  find(text: string): RuleOf<'closed-answer'> | undefined {
    return lettersAndDigits(text, this.longest) > this.longest ? undefined : this.byWording.get(normaliseWording(text));
  }
}
