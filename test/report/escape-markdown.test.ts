import { describe, expect, it } from 'vitest';
import { collapseWhitespace, escapeMarkdownInline, truncate } from '../../src/report/escape-markdown.js';
import { HOSTILE } from './make-report.js';

const WJ = '\u2060';

/** Characters that must never reach a renderer without a backslash. */
const SPECIAL = new Set('\\`*_{}[]()#+-.!|~$^=');

/** Characters left unescaped: what is special outside a backslash escape or an entity. */
function unescapedSpecials(markdown: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < markdown.length; i++) {
    const ch = markdown[i]!;
    if (ch === '\\') i++;
    else if (SPECIAL.has(ch) || ch === '<' || ch === '>') found.push(ch);
    else if (ch === '&' && !/^&(amp|lt|gt);/.test(markdown.slice(i))) found.push(ch);
  }
  return found;
}

/** The text a CommonMark renderer produces from escaped output: escapes and our three entities resolved. */
function rendered(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1').replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name] ?? '');
}

describe('escapeMarkdownInline', () => {
  it.each([
    { input: 'a|b', expected: 'a\\|b' },
    { input: 'line1\nline2\r\n\tline3  ', expected: 'line1 line2 line3' },
    { input: '`code`', expected: '\\`code\\`' },
    { input: '<script>alert(1)</script>', expected: '&lt;script&gt;alert\\(1\\)&lt;/script&gt;' },
    { input: '<img onerror=x>', expected: '&lt;img onerror\\=x&gt;' },
    { input: '[a](javascript:alert(1))', expected: '\\[a\\]\\(javascript:alert\\(1\\)\\)' },
    { input: '![i](http://x)', expected: `\\!\\[i\\]\\(http:${WJ}//x\\)` },
    { input: 'https://evil.example', expected: `https:${WJ}//evil\\.example` },
    { input: 'WWW.evil.example', expected: `WWW${WJ}\\.evil\\.example` },
    { input: '@someone', expected: `@${WJ}someone` },
    { input: '**bold**', expected: '\\*\\*bold\\*\\*' },
    { input: '&lt;', expected: '&amp;lt;' },
    { input: '# heading #', expected: '\\# heading \\#' },
    { input: '1. item', expected: '1\\. item' },
    { input: 'back\\slash', expected: 'back\\\\slash' },
    { input: "Don't, please; ok? 50% / 2: fine", expected: "Don't, please; ok? 50% / 2: fine" },
    { input: 'nul\u0000esc\u001b[31m', expected: 'nul esc \\[31m' },
    { input: '', expected: '' },
  ])('escapes $input', ({ input, expected }) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });

  it.each(HOSTILE.map((input) => ({ input })))('keeps $input literal and on one line', ({ input }) => {
    const out = escapeMarkdownInline(input);
    expect(out).not.toMatch(/[\r\n]/);
    expect(unescapedSpecials(out)).toEqual([]);
    // What the reader sees is the input, apart from collapsed whitespace and invisible joiners.
    expect(rendered(out).replaceAll(WJ, '')).toBe(collapseWhitespace(input));
    // Autolinks and mentions found after parsing would match the rendered text.
    expect(rendered(out)).not.toMatch(/https?:\/\/|www\.|@\w/i);
  });
});

describe('truncate', () => {
  it.each([
    { text: 'short', max: 10, expected: 'short' },
    { text: 'exactly ten', max: 11, expected: 'exactly ten' },
    { text: 'the quick brown fox jumps', max: 16, expected: 'the quick brown…' },
    { text: 'the quick brown fox jumps', max: 15, expected: 'the quick…' },
    { text: 'a\n\n  spaced   text here', max: 14, expected: 'a spaced text…' },
    { text: 'https://a-very-long-address.example/with/a/path', max: 20, expected: 'https://a-very-long…' },
    { text: 'ab😀cd', max: 4, expected: 'ab…' },
    { text: 'anything', max: 1, expected: '…' },
  ])('truncate($text, $max)', ({ text, max, expected }) => {
    const out = truncate(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });

  it.each([0, -1, 2.5])('rejects max %s', (max) => {
    expect(() => truncate('text', max)).toThrow(RangeError);
  });
});
