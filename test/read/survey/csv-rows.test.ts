import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvRows, decodeWindows1252, sniffCsvEncoding, sniffDelimiter } from '../../../src/read/survey/csv-rows.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-csv-rows-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function rows(name: string, bytes: string | Uint8Array): Promise<[number, string[]][]> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const out: [number, string[]][] = [];
  const source = { stream: (end?: number) => fs.createReadStream(file, end === undefined ? {} : { end }) };
  for await (const row of csvRows(source, await sniffCsvEncoding(source))) out.push([row.row, row.cells]);
  return out;
}

describe('CSV rows', () => {
  it('decodes the Windows-1252 bytes that differ from Latin-1 (0x80-0x9F) as Windows does', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xa3, 0xe9]))).toBe('€…‘’“”–—™£é');
  });

  it('numbers rows as a spreadsheet does: blank lines and line breaks inside cells counted, CRLF or LF', async () => {
    const text = 'ID,Q1\n\n1,"two\nlines"\n\n\n2,x\n';
    const expected: [number, string[]][] = [
      [1, ['ID', 'Q1']],
      [3, ['1', 'two\nlines']],
      [6, ['2', 'x']],
    ];
    expect(await rows('lf.csv', text)).toEqual(expected);
    expect(await rows('crlf.csv', text.replace(/\n/g, '\r\n'))).toEqual(expected);
  });

  it('reads UTF-8 with a BOM, UTF-16 LE, and Windows-1252, and a semicolon or tab as the delimiter', async () => {
    expect(await rows('bom.csv', '\uFEFFID,Q1\n1,Café\n')).toEqual([
      [1, ['ID', 'Q1']],
      [2, ['1', 'Café']],
    ]);
    expect(await rows('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ID\tQ1\n1\t“Yes”\n', 'utf16le')]))).toEqual([
      [1, ['ID', 'Q1']],
      [2, ['1', '“Yes”']],
    ]);
    expect(await rows('cp1252.csv', Buffer.from([...Buffer.from('ID;Q1\n1;'), 0x93, ...Buffer.from('Yes'), 0x94, 0x0a]))).toEqual([
      [1, ['ID', 'Q1']],
      [2, ['1', '“Yes”']],
    ]);
    expect(sniffDelimiter('"a,b";c;d')).toBe(';');
  });
});
