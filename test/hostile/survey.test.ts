import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tagInput, type CorpusItem } from '../../src/pipeline/corpus.js';
import { guardWorkbook } from '../../src/read/survey/xlsx-guard.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { runCli } from '../helpers/run-cli.js';
import { xlsxRow, xlsxWorkbook } from '../helpers/xlsx.js';
import { useTempRoot } from './helpers.js';

/**
 * Hostile survey exports. Each is generated here, in a temporary folder; each
 * must be handled with a one-line reason or warning, and the rows or files
 * beside it must still be tagged.
 */
const root = useTempRoot('survey');
const rules = loadCompiledRules();
/** The large cases take a few seconds on a loaded machine: a bound on a hang, not a timing. */
const SLOW = { timeout: 60_000 };
const HEADER = 'ID,Region,Q1 - Do you agree with the proposal?,Q1 - Please explain\n';

async function tag(name: string, content: string | Uint8Array): Promise<CorpusItem[]> {
  writeFileSync(join(root(), name), content);
  const items: CorpusItem[] = [];
  for await (const item of tagInput(name, { cwd: root(), maxFileSize: 10e6, rules })) items.push(item);
  return items;
}

const files = (items: CorpusItem[]): string[] => items.map((i) => (i.ok ? i.document.file : `skipped ${i.skipped.file}: ${i.skipped.reason}`));

describe('hostile survey exports', () => {
  it('a 10 MB cell: that row is skipped with its reason, the rows around it are tagged', SLOW, async () => {
    const big = 'x'.repeat(10e6);
    const items = await tag('big-cell.csv', `${HEADER}1,London,Agree,Fine.\n2,Leeds,Agree,"${big}"\n3,York,Disagree,No.\n`);
    expect(files(items)).toEqual(['big-cell.csv#row=2', 'skipped big-cell.csv#row=3: cell D3 holds 10000000 characters, over the limit of 1000000', 'big-cell.csv#row=4']);
  });

  it('a million empty rows: passed over, and the row after them keeps its spreadsheet number', SLOW, async () => {
    const items = await tag('empty-rows.csv', `${HEADER}1,London,Agree,Fine.\n${'\n'.repeat(1e6)}2,Leeds,Disagree,No.\n`);
    expect(files(items)).toEqual(['empty-rows.csv#row=2', 'empty-rows.csv#row=1000003']);
  });

  it('a workbook with a million empty rows before its last', SLOW, async () => {
    const rows = xlsxRow(1, ['ID', 'Q1 - Do you agree?']) + xlsxRow(2, ['1', 'Agree']) + xlsxRow(1048576, ['2', 'Disagree']);
    const items = await tag('empty-rows.xlsx', xlsxWorkbook([{ name: 'Responses', rows }]));
    expect(files(items)).toEqual(['empty-rows.xlsx#row=2', 'empty-rows.xlsx#row=1048576']);
  });

  it('16,384 named columns: the file is skipped with its reason', SLOW, async () => {
    const header = Array.from({ length: 16384 }, (_, i) => `Q${i + 1} - Do you agree?`).join(',');
    const items = await tag('wide.csv', `${header}\n${Array.from({ length: 16384 }, () => 'Agree').join(',')}\n`);
    expect(files(items)).toEqual(['skipped wide.csv: 16384 named columns, over the limit of 2000 for a survey export']);
  });

  it('a workbook whose answers reach column XFD is read; one whose rows all reach it is skipped before it is unpacked', async () => {
    // One header cell at XFD1, inside row 1: read-excel-file pads the rows out to it.
    const wideRow = xlsxRow(1, ['ID', 'Q1 - Do you agree?']).replace('</row>', xlsxRow(1, ['Note'], 16383).replace(/<\/?row[^>]*>/g, '') + '</row>');
    expect(files(await tag('xfd.xlsx', xlsxWorkbook([{ name: 'Responses', rows: wideRow + xlsxRow(2, ['1', 'Agree']) }])))).toEqual(['xfd.xlsx#row=2']);
    const rows = Array.from({ length: 1300 }, (_, i) => xlsxRow(i + 1, [String(i)]).replace('</row>', xlsxRow(i + 1, ['x'], 16383).replace(/<\/?row[^>]*>/g, '') + '</row>')).join('');
    expect(files(await tag('xfd-all.xlsx', xlsxWorkbook([{ name: 'Responses', rows }])))).toEqual([
      expect.stringMatching(/^skipped xfd-all\.xlsx: a sheet of \d+ rows reaching column 16384 is over 20 million cells$/),
    ]);
  });

  it('a zip bomb: inflating stops at the bound, with the reason', SLOW, () => {
    // 24 MB of one byte deflates to a few tens of kilobytes; the bound here is 8 MB (256 MB in use).
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="Responses"/></sheets></workbook>'), 'xl/worksheets/sheet1.xml': new Uint8Array(24e6).fill(32) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1e6);
    expect(guardWorkbook(bomb, { unzipped: 8e6, cells: 20e6 })).toEqual({ ok: false, code: 'too-large', reason: 'workbook inflates to over 8 MB of XML (a zip bomb?)' });
  });

  it('a file that is no workbook, and a damaged one, are skipped with their reasons', async () => {
    expect(files(await tag('not-a-zip.xlsx', 'ID,Q1\n1,Agree\n'))).toEqual(['skipped not-a-zip.xlsx: not an .xlsx workbook (not a zip archive)']);
    const good = xlsxWorkbook([{ name: 'Responses', rows: xlsxRow(1, ['ID', 'Q1 - Do you agree?']) + xlsxRow(2, ['1', 'Agree']) }]);
    const [item] = await tag('cut.xlsx', good.subarray(0, good.length - 40));
    expect(item!.ok).toBe(false);
  });

  it('formulas are never evaluated, and are written out neutralised', async () => {
    const dir = root();
    writeFileSync(join(dir, 'formulas.csv'), 'ID,Region,"=HYPERLINK(""http://example.com/x"",""Do you agree?"")"\n1,=1+2,Agree\n2,=1+2,Disagree\n3,+SUM(A1),Agree\n');
    const { code } = await runCli(['-o', join(dir, 'out'), '-f', 'json,csv', '-q', join(dir, 'formulas.csv')]);
    expect(code).toBe(0);
    const questions = readFileSync(join(dir, 'out', 'questions.csv'), 'utf8');
    expect(questions).toContain(`"'=HYPERLINK`);
    expect(questions).not.toMatch(/(^|,)"?=/m);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    // Kept as text, as written: a formula is never evaluated.
    expect(report.documents[0].respondent.attributes).toEqual({ Region: '=1+2' });
    expect(report.questions[0].text).toBe('=HYPERLINK("http://example.com/x","Do you agree?")');
  });
});
