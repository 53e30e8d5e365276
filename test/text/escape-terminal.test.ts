import { describe, expect, it } from 'vitest';
import { sanitiseForTerminal } from '../../src/text/escape-terminal.js';

describe('sanitiseForTerminal', () => {
  it.each([
    { name: 'plain text', input: 'responses/org-a.txt', expected: 'responses/org-a.txt' },
    { name: 'non-ASCII text', input: 'naïve — ü 😀', expected: 'naïve — ü 😀' },
    { name: 'SGR colour', input: '\x1b[31mred\x1b[0m', expected: 'red' },
    { name: 'cursor movement', input: 'a\x1b[2J\x1b[1;1Hb', expected: 'ab' },
    { name: '8-bit CSI', input: '\x9b31mred', expected: 'red' },
    { name: 'OSC title ended by BEL', input: '\x1b]0;pwned\x07after', expected: 'after' },
    { name: 'OSC 8 hyperlink ended by ST', input: '\x1b]8;;https://x\x1b\\link\x1b]8;;\x1b\\', expected: 'link' },
    { name: '8-bit OSC ended by 8-bit ST', input: '\x9d0;t\x9cafter', expected: 'after' },
    { name: 'DCS string', input: '\x1bPq#0\x1b\\after', expected: 'after' },
    { name: 'two-byte escape', input: '\x1bcreset', expected: 'reset' },
    { name: 'charset escape', input: '\x1b(Bok', expected: 'ok' },
    { name: 'unterminated escape', input: 'x\x1b', expected: 'x' },
    { name: 'unterminated OSC', input: 'x\x1b]0;title', expected: 'x' },
    { name: 'newlines and tabs', input: 'a\nb\r\nc\td\u2028e', expected: 'a b c d e' },
    { name: 'other controls', input: 'n\x00u\x07l\x7fl\x85!', expected: 'null !' },
    { name: 'bidi overrides and isolates', input: 'a\u202Eb\u2066c\u2069d\u202A', expected: 'abcd' },
  ])('$name', ({ input, expected }) => {
    const out = sanitiseForTerminal(input);
    expect(out).toBe(expected);
    expect(out).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  });
});
