import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { guessLegacyEncoding } from '../../src/read/legacy-encoding.js';
import { openTableFile } from '../../src/read/survey/index.js';

const TEXTS = [
  'We don’t think people’s views – the “real” ones – were heard. It costs £100 a week.',
  'Some people\u00a0argue that the allowance is too low.',
  'Résumé of the élan of our café; naïve, über good, £5.',
  'Kinship carers’ allowance…',
];

describe('8-bit encodings', () => {
  it.each(TEXTS.flatMap((text) => (['windows-1252', 'macintosh'] as const).map((encoding) => ({ text, encoding }))))('tells $encoding by its characters: $text', ({ text, encoding }) => {
    expect(guessLegacyEncoding(iconv.encode(text, encoding))).toBe(encoding);
  });

  it('reads a Mac Roman text file as Mac Roman, saying so', () => {
    const result = decode(readFileSync('fixtures/encodings/mac-roman.txt'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.encoding).toBe('macintosh');
    expect(result.text).toContain('We don’t think');
    expect(result.text).toContain('people\u00a0argue');
    expect(result.text).toContain('café');
    expect(result.warnings.map((w) => w.code)).toEqual(['decoded-macintosh']);
  });

  it('still reads a Windows-1252 file as Windows-1252', () => {
    const result = decode(readFileSync('fixtures/encodings/windows-1252.txt'));
    expect(result.ok && result.encoding).toBe('windows-1252');
  });

  it('--encoding macintosh forces it', () => {
    const result = decode(iconv.encode('don’t', 'macintosh'), 'macintosh');
    expect(result.ok && result.text).toBe('don’t');
  });

  it('reads a Mac Roman CSV as Mac Roman', async () => {
    const table = await openTableFile('fixtures/encodings/mac-roman.csv', 10e6);
    if (!table.ok) throw new Error(table.reason);
    expect(table.encoding).toBe('macintosh');
    expect(table.warnings.map((w) => w.code)).toEqual(['macintosh']);
    const rows = [];
    for await (const row of table.rows) rows.push(row.cells);
    expect(rows[2]![3]).toBe('Some people\u00a0argue the café workers’ pay is too low.');
  });
});
