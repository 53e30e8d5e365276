import fc from 'fast-check';
import type { Node, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, escapeMarkdownInline, truncate } from '../../src/report/escape-markdown.js';
import { HOSTILE } from './make-report.js';

const WJ = '\u2060';

/** Node types plain text may become: anything else (a link, emphasis, HTML, a list) is text misread. */
const PLAIN = new Set(['root', 'paragraph', 'text', 'heading', 'table', 'tableRow', 'tableCell']);

function nodeTypes(node: Node, into: Set<string> = new Set()): Set<string> {
  into.add(node.type);
  for (const child of (node as Parent).children ?? []) nodeTypes(child, into);
  return into;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Escaped text as a paragraph, a heading and a table cell, parsed by remark with GFM: what a reader sees, and every node type. */
function readBack(escaped: string): { texts: string[]; types: Set<string> } {
  const contexts = [escaped, `## ${escaped}`, `| a | b |\n| --- | --- |\n| ${escaped} | x |`];
  const trees = contexts.map((md) => parser.parse(md));
  const cell = (trees[2]!.children[0] as Parent | undefined)?.children[1] as Parent | undefined;
  const texts = [toString(trees[0]!), toString(trees[1]!), cell ? toString(cell.children[0]!) : '(no row)'].map((t) => t.replaceAll(WJ, ''));
  const types = new Set<string>();
  for (const tree of trees) nodeTypes(tree, types);
  return { texts, types };
}

describe('escapeMarkdownInline', () => {
  it.each([
    { input: 'a|b', expected: 'a\\|b' },
    { input: 'line1\nline2\r\n\tline3  ', expected: 'line1 line2 line3' },
    { input: '`code`', expected: '\\`code\\`' },
    { input: '<script>alert(1)</script>', expected: '&lt;script>alert(1)&lt;/script>' },
    { input: '[a](javascript:alert(1))', expected: '\\[a\\](javascript:alert(1))' },
    { input: '![i](http://x)', expected: `!\\[i\\](http:${WJ}//x)` },
    { input: 'https://evil.example', expected: `https:${WJ}//evil.example` },
    { input: 'WWW.evil.example', expected: `WWW${WJ}.evil.example` },
    { input: '@someone', expected: `@${WJ}someone` },
    { input: '**bold** _em_ ~~gone~~', expected: '\\*\\*bold\\*\\* \\_em\\_ \\~\\~gone\\~\\~' },
    { input: '&lt; & AT&T', expected: '&amp;lt; & AT&T' },
    { input: '# heading #', expected: '\\# heading \\#' },
    { input: '1. item', expected: '1\\. item' },
    { input: '12) item', expected: '12\\) item' },
    { input: '- item', expected: '\\- item' },
    { input: '> quote', expected: '\\> quote' },
    { input: '===', expected: '\\===' },
    { input: 'back\\slash', expected: 'back\\\\slash' },
    { input: "Don't, please; ok? 50% / 2: fine", expected: "Don't, please; ok? 50% / 2: fine" },
    { input: 'nul\u0000esc\u001b[31m', expected: 'nul esc \\[31m' },
    { input: '', expected: '' },
    // What the report says of itself and most text reads as plain text.
    { input: 'csc-tag 0.1.0', expected: 'csc-tag 0.1.0' },
    { input: 'seeds/000_b113cb0048a6bf2d.txt', expected: 'seeds/000_b113cb0048a6bf2d.txt' },
    { input: 'multi-agency working (2023). Costs £5 + VAT = more!', expected: 'multi-agency working (2023). Costs £5 + VAT = more!' },
  ])('escapes $input', ({ input, expected }) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });

  it.each(HOSTILE.map((input) => ({ input })))('keeps $input literal and on one line, as remark reads it', ({ input }) => {
    const out = escapeMarkdownInline(input);
    expect(out).not.toMatch(/[\r\n]/);
    const { texts, types } = readBack(out);
    expect(texts).toEqual([collapseWhitespace(input), collapseWhitespace(input), collapseWhitespace(input)]);
    expect([...types].filter((t) => !PLAIN.has(t))).toEqual([]);
  });

  it('keeps any text literal, as remark with GFM reads it (property)', () => {
    const markdownish = fc.string({ unit: fc.constantFrom(...'ab1 _*`~[]()!#+-.>=<&|$\\:/@w\u00e9;'.split('')), maxLength: 24 });
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ maxLength: 24 })), (input) => {
        const flat = collapseWhitespace(input);
        const { texts, types } = readBack(escapeMarkdownInline(input));
        // A trailing backslash or run of spaces is the only thing remark may drop at a line end: trimmed input has neither.
        expect(texts).toEqual([flat, flat, flat]);
        expect([...types].filter((t) => !PLAIN.has(t))).toEqual([]);
      }),
      { seed: 27, numRuns: 1500 },
    );
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
