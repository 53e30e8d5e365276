/**
 * The vocabulary of Citizen Space published responses (the UK government's
 * consultation platform), in one place: prompts, radio-button lines, and the
 * ticked option, written `Radio button:` / `Ticked` / option on three lines or
 * `Radio button: Ticked Agree` on one.
 */

/** A prompt before the web form's options or the free text (`Please select one item`, `Please explain your answer`). */
export const WEB_FORM_PROMPT = /^please (?:select (?:one|all)|give us your views|explain your answer|provide (?:any )?(?:further )?(?:details|comments|reasons))/i;

const BUTTON = String.raw`(?:(?:radio button|checkbox):?\s*)?`;
const MARK = String.raw`(?:ticked|unticked|selected|not selected)`;
/** A mark on its own line (`Ticked`, `Radio button: Unticked`): the next line is its option. */
const MARK_LINE = new RegExp(String.raw`^\s*${BUTTON}${MARK}\s*$`, 'i');
const TICK_LINE = new RegExp(String.raw`^\s*${BUTTON}(?:ticked|selected)\s*$`, 'i');
/** A ticked option on the mark's own line: `Radio button: Ticked Agree`. */
const INLINE_TICK = new RegExp(String.raw`^\s*${BUTTON}(?:ticked|selected)\s*[:\-–]?\s+(\S.*)$`, 'i');

/** Lines of the web form itself: each is its own block, and none is the respondent's words. */
export function isWebFormLine(line: string): boolean {
  return /^\s*(?:(?:radio button|checkbox):?(?:\s+(?:ticked|unticked|selected|not selected)\b[^\n]*)?|ticked|unticked|please select (?:one|all)[^\n]*|\(required\))\s*$/i.test(line);
}

/** A mark alone on its line, whose option follows on the next line. */
export function isMarkLine(line: string): boolean {
  return MARK_LINE.test(line);
}

/** The ticked option: on the mark's own line, or the line after a `Ticked` line (`fromNext`). */
export function tickedOn(line: string, next: string | undefined): { text: string; fromNext: boolean } | undefined {
  const inline = INLINE_TICK.exec(line);
  if (inline) return { text: inline[1]!, fromNext: false };
  if (TICK_LINE.test(line) && next !== undefined) return { text: next, fromNext: true };
  return undefined;
}
