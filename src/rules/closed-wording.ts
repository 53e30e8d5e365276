import type { RuleOf } from './schema.js';

/** Case, curly quotes, white space and end punctuation do not matter in a closed answer. */
export function normaliseForm(text: string): string {
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
 * Closed-answer forms (`Agree`, `Strongly disagree`) by their normalised
 * text. The first line of every answer is looked up, and in plain text that
 * line is often a whole paragraph: normalising loses no ASCII letter or
 * digit, so a text with more of them than the longest form is none, and is
 * not normalised at all.
 */
export class ClosedForms {
  private readonly byForm = new Map<string, RuleOf<'closed-answer'>>();
  private longest = 0;

  /** The first rule to add a form keeps it. */
  add(form: string, rule: RuleOf<'closed-answer'>): void {
    const key = normaliseForm(form);
    if (this.byForm.has(key)) return;
    this.byForm.set(key, rule);
    this.longest = Math.max(this.longest, lettersAndDigits(key));
  }

  /** The rule whose form `text` is, if it is one. */
  find(text: string): RuleOf<'closed-answer'> | undefined {
    return lettersAndDigits(text, this.longest) > this.longest ? undefined : this.byForm.get(normaliseForm(text));
  }
}
