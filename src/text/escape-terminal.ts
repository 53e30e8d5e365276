/**
 * Makes text safe for a one-line stderr message. File names and document text
 * are untrusted: an escape sequence in them could recolour or clear the
 * terminal, set its title, write hidden hyperlinks (OSC 8) or, in some
 * terminals, answer back with input; a newline could forge a second message;
 * bidi overrides could make the line read differently from its bytes
 * ("Trojan Source", CVE-2021-42574).
 */

/**
 * Whole escape sequences are removed first, so that their printable payload
 * (colour codes, an OSC title) does not survive once ESC itself is gone.
 * The 8-bit C1 introducers (CSI U+009B, OSC U+009D, DCS U+0090, SOS U+0098,
 * PM U+009E, APC U+009F, ST U+009C) are treated like their ESC forms.
 */
const ESCAPE_SEQUENCE = new RegExp(
  [
    // CSI: parameter bytes, intermediate bytes, one final byte.
    /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]/.source,
    // OSC, DCS, SOS, PM, APC: a string ended by BEL or ST; unended, it runs
    // to the end of the text, as a terminal would read it.
    /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c|$)/.source,
    // Any other escape: intermediate bytes, then one final byte.
    /\x1b[\x20-\x2f]*[\x30-\x7e]/.source,
  ].join('|'),
  'g',
);

/** Line and paragraph breaks, tab and form feed become a space to keep words apart. */
const BREAKS = /[\t\n\v\f\r\x85\u2028\u2029]+/g;

/** Remaining C0 and C1 controls (an unterminated sequence's ESC too), DEL and bidi embeddings, overrides and isolates. */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

export function sanitiseForTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(BREAKS, ' ').replace(UNSAFE, '');
}
