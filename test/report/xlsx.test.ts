import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** report.xlsx read back from its XML: sheets, frozen headers, cells typed, no formula anywhere, same rows as segments.csv. */

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-xlsx-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const HOSTILE = 'Question 1: =HYPERLINK("http://x.example","click") do you agree?\n\nDisagree. @SUM(A1:A2) +1 -1 the funding \u000b is too low.\n';

let files: Record<string, Uint8Array>;
let out: string;

const unescape = (s: string): string => s.replace(/&(lt|gt|quot|amp|apos);/g, (_m, n: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', apos: "'" })[n]!);

/** A sheet's rows as text, shared strings resolved. */
function sheet(n: number): string[][] {
  const strings = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>|<si><t\/><\/si>/g)].map((m) => unescape(m[1] ?? ''));
  return [...strFromU8(files[`xl/worksheets/sheet${n}.xml`]!).matchAll(/<row [^>]*>([\s\S]*?)<\/row>|<row [^>]*\/>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<c r="[A-Z]+\d+"([^>]*?)(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)].map(([, attrs, v]) => (v === undefined ? '' : attrs!.includes('t="s"') ? strings[Number(v)]! : v)),
  );
}

beforeAll(async () => {
  const corpus = path.join(tmp, 'corpus');
  fs.mkdirSync(corpus);
  fs.writeFileSync(path.join(corpus, 'hostile.txt'), HOSTILE);
  fs.copyFileSync('seeds/001_1cf6566048b1270c.txt', path.join(corpus, 'lga.txt'));
  out = path.join(tmp, 'out');
  expect(await runCli([corpus, '-o', out, '-f', 'xlsx,csv', '-q'])).toMatchObject({ code: 0, stderr: '' });
  files = unzipSync(fs.readFileSync(path.join(out, 'report.xlsx')));
}, 30_000);

describe('report.xlsx', () => {
  it('has the segments, questions, themes and discovered sheets, entries in sorted order', () => {
    expect(Object.keys(files)).toEqual([...Object.keys(files)].sort());
    expect([...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['segments', 'questions', 'themes', 'discovered']);
  });

  it('freezes each header row and sizes the columns', () => {
    for (const n of [1, 2, 3]) {
      const xml = strFromU8(files[`xl/worksheets/sheet${n}.xml`]!);
      expect(xml).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);
      expect(xml).toMatch(/<col min="1" max="1" width="\d+" customWidth="1"\/>/);
    }
  });

  it('holds no formula: text that looks like one is a string cell, as written', () => {
    for (const [name, data] of Object.entries(files)) if (name.startsWith('xl/worksheets/sheet')) expect(strFromU8(data)).not.toMatch(/<f[ >]/);
    const cells = sheet(1).flat();
    expect(cells).toContain('=HYPERLINK("http://x.example","click") do you agree?');
    expect(cells.some((c) => c.startsWith('Disagree. @SUM(A1:A2) +1 -1'))).toBe(true);
    for (const data of Object.values(files)) expect(strFromU8(data)).not.toContain('\u000b');
  });

  it('its segments sheet is segments.csv, cell for cell, with numbers as numbers', () => {
    const csv = parse(fs.readFileSync(path.join(out, 'segments.csv'), 'utf8'), { bom: true, record_delimiter: '\r\n' }) as string[][];
    const rows = sheet(1);
    expect(rows.length).toBe(csv.length);
    const header = csv[0]!;
    const at = (name: string): number => header.indexOf(name);
    expect(rows[0]).toEqual(header);
    for (let r = 1; r < csv.length; r++) {
      for (const name of ['file', 'id', 'stance', 'question_group', 'quote']) expect(rows[r]![at(name)], `${r} ${name}`).toBe(csv[r]![at(name)]!.replace(/^'(?=[=+\-@\t\r])/, ''));
      expect(Number(rows[r]![at('confidence')])).toBeCloseTo(Number(csv[r]![at('confidence')]), 2);
    }
  });

  it('its questions sheet has the counts and percentages of questions.csv', async () => {
    const all = parse(fs.readFileSync(path.join(out, 'questions.csv'), 'utf8'), { bom: true, record_delimiter: '\r\n' }) as string[][];
    // by_attribute is questions.csv's one text cell for the breakdown; the sheet gives it as rows of its own (xlsx-breakdown.test.ts).
    const byAttribute = all[0]!.indexOf('by_attribute');
    expect(byAttribute).toBe(all[0]!.length - 1);
    const csv = all.map((row) => row.slice(0, byAttribute));
    const rows = sheet(2);
    expect(rows[0]).toEqual(csv[0]);
    expect(rows.length).toBe(csv.length);
    // Percentages are numbers in the sheet (0.0 format) and text with one decimal in the CSV.
    const pcts = csv[0]!.flatMap((name, i) => (name.endsWith('_pct') ? [i] : []));
    for (let r = 1; r < csv.length; r++) {
      expect(rows[r]!.map((v, i) => (pcts.includes(i) && v !== '' ? Number(v).toFixed(1) : v))).toEqual(csv[r]!.map((v) => v.replace(/^'(?=[=+\-@])/, '')));
    }
  });

  it('its themes sheet quotes theme evidence by theme, then stance', () => {
    const rows = sheet(3);
    expect(rows[0]).toEqual(['theme', 'stance', 'file', 'segment', 'line', 'quote']);
    const themes = rows.slice(1).map((r) => r[0]);
    expect(themes).toEqual([...themes].sort());
    expect(rows.some((r) => r[0] === 'funding' && r[1] === 'disagree' && r[2]!.endsWith('hostile.txt'))).toBe(true);
  });

  it('is byte-identical across runs', async () => {
    const again = path.join(tmp, 'again');
    expect(await runCli([path.join(tmp, 'corpus'), '-o', again, '-f', 'xlsx', '-q'])).toMatchObject({ code: 0 });
    expect(fs.readFileSync(path.join(again, 'report.xlsx')).equals(fs.readFileSync(path.join(out, 'report.xlsx')))).toBe(true);
  });
});
