import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Report } from '../../src/model/schema.js';
import { STANCE_LABELS } from '../../src/model/stance-labels.js';
import { xlsxTable } from '../../src/read/survey/xlsx-rows.js';
import { ROOT } from '../helpers/corpus.js';
import { fakeIo } from './fake-io.js';

/** Issue 27, item 2: the review sheet, and the sheet filled in going back as --reviews. */

let temp: string;
const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((file) => existsSync(file));
if (!SOFFICE) process.stderr.write('review-sheet.test: LibreOffice cases skipped: no soffice (apt-get install libreoffice-calc-nogui)\n');

async function cli(argv: string[]): Promise<{ exit: number; stdout: string; stderr: string }> {
  const fake = fakeIo({ cwd: temp });
  const exit = await run(argv, fake.io);
  return { exit, stdout: fake.stdout(), stderr: fake.stderr() };
}

async function sheetRows(file: string): Promise<string[][]> {
  const table = await xlsxTable(readFileSync(join(temp, file)));
  if (!table.ok) throw new Error(table.reason);
  return [...table.rows].map((row) => row.cells);
}

beforeAll(async () => {
  temp = realpathSync(mkdtempSync(join(tmpdir(), 'csc-tag-review-')));
  cpSync(join(ROOT, 'seeds'), join(temp, 'seeds'), { recursive: true });
  expect(await cli(['review', 'seeds', '-o', 'review.xlsx', '--limit', '5', '--question', '7'])).toEqual({ exit: 0, stdout: '', stderr: 'csc-tag: review.xlsx: 7 segments to review\n' });
}, 60_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('csc-tag review', () => {
  it('lists the least sure question segments first, and every answer to the question asked for', async () => {
    const [header, ...rows] = await sheetRows('review.xlsx');
    expect(header).toEqual(['key', 'file', 'id', 'number', 'question', 'answer', 'stance', 'source', 'confidence', 'themes', 'reason', 'evidence', 'review_stance', 'review_themes', 'review_note']);
    const confidence = rows.map((r) => Number(r[header!.indexOf('confidence')]));
    expect(confidence).toEqual([...confidence].sort((a, b) => a - b));
    // Both respondents' answers to question 7 are in, whatever their confidence.
    expect(rows.filter((r) => r[header!.indexOf('number')] === '7').length).toBe(2);
    expect(rows.every((r) => r.slice(12).every((cell) => cell === ''))).toBe(true);
  });

  it('has a drop-down of the stance labels on the review_stance column', () => {
    const sheet = new TextDecoder().decode(unzipSync(readFileSync(join(temp, 'review.xlsx')))['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain(`<dataValidation type="list" allowBlank="1"`);
    expect(sheet).toMatch(/sqref="M2:M1008"><formula1>"agree,neutral,disagree,none"<\/formula1><\/dataValidation><\/dataValidations><\/worksheet>$/);
  });

  it('is byte-identical from run to run', async () => {
    expect((await cli(['review', 'seeds', '-o', 'again.xlsx', '--limit', '5', '--question', '7'])).exit).toBe(0);
    expect(readFileSync(join(temp, 'again.xlsx')).equals(readFileSync(join(temp, 'review.xlsx')))).toBe(true);
  });

  it('goes back as --reviews as it is (no review yet), and filled in', async () => {
    const empty = await cli(['seeds', '--stdout', 'json', '--reviews', 'review.xlsx']);
    expect(empty.exit).toBe(0);
    expect((JSON.parse(empty.stdout) as Report).reviews).toEqual({ applied: 0, stale: [] });
    const rows = await sheetRows('review.xlsx');
    rows[1]![12] = 'disagree';
    rows[2]![13] = 'funding;workforce';
    writeFileSync(join(temp, 'filled.csv'), stringify(rows));
    const filled = await cli(['seeds', '--stdout', 'json', '--reviews', 'filled.csv']);
    expect((JSON.parse(filled.stdout) as Report).reviews).toEqual({ applied: 2, stale: [] });
  });

  it('refuses a stance or theme that is not one', async () => {
    expect((await cli(['review', 'seeds', '--stance', 'maybe'])).stderr).toBe('csc-tag: review --stance: "maybe" is not a stance (agree, neutral, disagree, none)\n');
    expect((await cli(['review', 'seeds', '--theme', 'money'])).exit).toBe(2);
  });
});

describe.skipIf(!SOFFICE)('the review sheet in LibreOffice', () => {
  const convert = (to: string): string => {
    const profile = join(temp, 'lo-profile');
    const result = spawnSync(SOFFICE!, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', to, '--outdir', join(temp, 'lo'), join(temp, 'review.xlsx')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
    return readFileSync(join(temp, 'lo', `review.${to}`), 'utf8');
  };

  it('opens it: as CSV it has the same cells, and filled in there it is a --reviews file', async () => {
    const rows = parse(convert('csv')) as string[][];
    const ours = await sheetRows('review.xlsx');
    expect(rows.map((r) => r.slice(0, 3))).toEqual(ours.map((r) => r.slice(0, 3)));
    rows[1]![12] = 'agree';
    writeFileSync(join(temp, 'from-libreoffice.csv'), stringify(rows));
    const result = await cli(['seeds', '--stdout', 'json', '--reviews', 'from-libreoffice.csv']);
    expect((JSON.parse(result.stdout) as Report).reviews).toEqual({ applied: 1, stale: [] });
  }, 150_000);

  it('reads the drop-down: the stance labels, as a list validation', () => {
    const flat = convert('fods');
    const validation = /table:condition="of:cell-content-is-in-list\(([^)]*)\)"/.exec(flat);
    expect(validation).not.toBeNull();
    expect(validation![1]!.replace(/&quot;/g, '"').split(';')).toEqual(STANCE_LABELS.map((label) => `"${label}"`));
  }, 150_000);
});
