import { describe, expect, it } from 'vitest';
import { BINARY_SNIFF_BYTES, decode, type DecodeResult } from '../../src/read/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...part]));
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const BOM8 = [0xef, 0xbb, 0xbf];
const BOM16LE = [0xff, 0xfe];
const BOM16BE = [0xfe, 0xff];
const SAMPLE = 'I agree – £5m 👍\nNo.';

describe('decode', () => {
  it.each<{ name: string; input: Uint8Array; expected: DecodeResult }>([
    { name: 'empty', input: bytes(), expected: { ok: true, text: '', encoding: 'utf-8', warnings: [] } },
    { name: 'whitespace only', input: utf8(' \t\n \n'), expected: { ok: true, text: ' \t\n \n', encoding: 'utf-8', warnings: [] } },
    { name: 'UTF-8 BOM only', input: bytes(BOM8), expected: { ok: true, text: '', encoding: 'utf-8-bom', warnings: [] } },
    { name: 'UTF-16 LE BOM only', input: bytes(BOM16LE), expected: { ok: true, text: '', encoding: 'utf-16le', warnings: [] } },
    { name: 'UTF-8 without BOM', input: utf8(SAMPLE), expected: { ok: true, text: SAMPLE, encoding: 'utf-8', warnings: [] } },
    { name: 'UTF-8 BOM stripped', input: bytes(BOM8, utf8(SAMPLE)), expected: { ok: true, text: SAMPLE, encoding: 'utf-8-bom', warnings: [] } },
    {
      name: 'only the first BOM is stripped',
      input: bytes(BOM8, BOM8, utf8('a')),
      expected: { ok: true, text: '\uFEFFa', encoding: 'utf-8-bom', warnings: [] },
    },
    { name: 'UTF-16 LE with BOM', input: bytes(BOM16LE, utf16le(SAMPLE)), expected: { ok: true, text: SAMPLE, encoding: 'utf-16le', warnings: [] } },
    { name: 'UTF-16 BE with BOM', input: bytes(BOM16BE, utf16be(SAMPLE)), expected: { ok: true, text: SAMPLE, encoding: 'utf-16be', warnings: [] } },
    { name: 'CRLF', input: utf8('a\r\nb\r\n'), expected: { ok: true, text: 'a\nb\n', encoding: 'utf-8', warnings: [] } },
    { name: 'lone CR', input: utf8('a\rb\r'), expected: { ok: true, text: 'a\nb\n', encoding: 'utf-8', warnings: [] } },
    {
      name: 'mixed endings, CR CR LF is two line breaks',
      input: utf8('a\r\nb\rc\nd\r\r\ne'),
      expected: { ok: true, text: 'a\nb\nc\nd\n\ne', encoding: 'utf-8', warnings: [] },
    },
    {
      name: 'CRLF in UTF-16',
      input: bytes(BOM16BE, utf16be('a\r\nb\rc')),
      expected: { ok: true, text: 'a\nb\nc', encoding: 'utf-16be', warnings: [] },
    },
    {
      name: 'invalid UTF-8 among good sequences replaced and counted',
      input: bytes(utf8('éa'), [0xff], utf8('b€'), [0xc3]),
      expected: {
        ok: true,
        text: 'éa\uFFFDb€\uFFFD',
        encoding: 'utf-8',
        warnings: [{ code: 'invalid-utf8', message: '2 invalid UTF-8 sequence(s) replaced with U+FFFD' }],
      },
    },
    {
      name: 'Windows-1252: lone high bytes, £ and curly quotes',
      input: bytes(utf8('Cost '), [0xa3], utf8('5 '), [0x93], utf8('fair'), [0x94, 0x0d, 0x0a]),
      expected: {
        ok: true,
        text: 'Cost £5 “fair”\n',
        encoding: 'windows-1252',
        warnings: [{ code: 'decoded-windows-1252', message: 'not valid UTF-8: read as Windows-1252 (give --encoding to choose another)' }],
      },
    },
    {
      name: 'a U+FFFD already in the text is not counted as invalid',
      input: bytes(utf8('\uFFFD'), [0xe2, 0x82], utf8('\uFFFD')),
      expected: {
        ok: true,
        text: '\uFFFD\uFFFD\uFFFD',
        encoding: 'utf-8',
        warnings: [{ code: 'invalid-utf8', message: '1 invalid UTF-8 sequence(s) replaced with U+FFFD' }],
      },
    },
    {
      name: 'valid text containing U+FFFD gives no warning',
      input: utf8('x\uFFFDy'),
      expected: { ok: true, text: 'x\uFFFDy', encoding: 'utf-8', warnings: [] },
    },
    {
      name: 'lone surrogate in UTF-16 replaced and counted',
      input: bytes(BOM16LE, utf16le('a'), [0x00, 0xd8], utf16le('\uFFFDb')),
      expected: {
        ok: true,
        text: 'a\uFFFD\uFFFDb',
        encoding: 'utf-16le',
        warnings: [{ code: 'invalid-utf16', message: '1 invalid UTF-16 sequence(s) replaced with U+FFFD' }],
      },
    },
    {
      name: 'NUL at offset 0 is binary',
      input: bytes([0x00], utf8('abc')),
      expected: { ok: false, code: 'binary', reason: 'binary file (NUL byte at offset 0)' },
    },
    {
      name: 'NUL on the last sniffed byte is binary',
      input: bytes(utf8('a'.repeat(BINARY_SNIFF_BYTES - 1)), [0x00]),
      expected: { ok: false, code: 'binary', reason: `binary file (NUL byte at offset ${BINARY_SNIFF_BYTES - 1})` },
    },
    {
      name: 'NUL after a UTF-8 BOM is binary',
      input: bytes(BOM8, [0x00]),
      expected: { ok: false, code: 'binary', reason: 'binary file (NUL byte at offset 3)' },
    },
    {
      name: 'UTF-16 without a BOM is binary',
      input: utf16le('abc'),
      expected: { ok: false, code: 'binary', reason: 'binary file (NUL byte at offset 1)' },
    },
  ])('$name', ({ input, expected }) => {
    expect(decode(input)).toEqual(expected);
  });

  it('a NUL after the first 8 KiB is not binary and is kept', () => {
    const result = decode(bytes(utf8('a'.repeat(BINARY_SNIFF_BYTES)), [0x00]));
    expect(result).toEqual({ ok: true, text: `${'a'.repeat(BINARY_SNIFF_BYTES)}\0`, encoding: 'utf-8', warnings: [] });
  });

  it('a word after a UTF-8 BOM has the same offset as in the no-BOM twin', () => {
    const plain = decode(utf8('Yes, I agree.'));
    const withBom = decode(bytes(BOM8, utf8('Yes, I agree.')));
    if (!plain.ok || !withBom.ok) throw new Error('expected both to decode');
    expect(withBom.text.indexOf('agree')).toBe(7);
    expect(withBom.text.indexOf('agree')).toBe(plain.text.indexOf('agree'));
  });

  it('a file cut off inside a character does not change how the next file decodes', () => {
    // Decoders are reused from file to file.
    for (const [cut, next] of [
      [bytes(utf8('a'), [0xe2, 0x82]), utf8('£b')],
      [bytes(BOM16LE, [0x61, 0x00, 0x3d, 0xd8]), bytes(BOM16LE, utf16le('£b'))],
    ] as const) {
      expect(decode(cut).ok).toBe(true);
      expect(decode(next)).toMatchObject({ ok: true, text: '£b', warnings: [] });
    }
  });
});
