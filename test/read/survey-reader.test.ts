import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { surveyReading } from '../../src/pipeline/corpus.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { readerFor, readerForName } from '../../src/read/formats/index.js';
import { DEFAULT_LIMITS, type ReadItem, type ReadSource } from '../../src/read/formats/reader.js';
import { readBytes } from '../../src/read/read-input.js';
import { collect } from '../helpers/collect.js';
import { ROOT } from '../helpers/corpus.js';
import { runCli } from '../helpers/run-cli.js';

const survey = (): ReturnType<typeof surveyReading> => surveyReading(loadCompiledRules());
const names = (items: ReadItem[]): string[] => items.map((item) => (item.ok ? item.doc.name : `skipped ${item.name} ${item.code}`));

describe('the survey reader', () => {
  it('is the registry entry for .csv and .xlsx, and for a workbook known by its zip entries alone', () => {
    expect(readerForName('responses.CSV')?.name).toBe('survey');
    expect(readerForName('responses.xlsx')?.streams).toBe(true);
    expect(readerFor('<stdin>', readFileSync(join(ROOT, 'fixtures/survey/libreoffice-one-header.xlsx'))).name).toBe('survey');
  });

  it('streams a CSV from its source: the whole file is never asked for', async () => {
    const path = join(ROOT, 'fixtures/survey/one-header.csv');
    const source: ReadSource = {
      size: statSync(path).size,
      bytes: () => Promise.reject(new Error('read whole')),
      stream: (end) => createReadStream(path, end === undefined ? {} : { end }),
    };
    const reader = readerForName('one-header.csv')!;
    const options = { name: 'one-header.csv', maxFileSize: 10, limits: DEFAULT_LIMITS, depth: 0, survey, readInner: () => readBytes('', new Uint8Array(), {}, 1) };
    const items = await collect(reader.read(source, options));
    expect(items.length).toBeGreaterThan(1);
    expect(names(items).every((name) => /^one-header\.csv#row=\d+$/.test(name))).toBe(true);
  });

  it("reads an email's CSV attachment as a survey, a document a row that keeps its own respondent", async () => {
    const bytes = readFileSync(join(ROOT, 'fixtures/read/eml/survey-attachment/input.eml'));
    const items = await collect(readBytes('note.eml', bytes, { survey }, 0));
    expect(names(items)).toEqual(['note.eml', 'note.eml#drop-in-forms.csv#row=2', 'note.eml#drop-in-forms.csv#row=3', 'note.eml#drop-in-forms.csv#row=4']);
    const row = items[1]!;
    expect(row.ok && row.doc.respondent).toEqual({ id: 'F-01', attributes: { 'Respondent type': 'Parent or carer' } });
  });

  it('a caller that gives no rules to judge its columns by is a bug: the survey is skipped as an internal error, the run goes on', async () => {
    const items = await collect(readBytes('responses.csv', new TextEncoder().encode('ID,Q1 - Do you agree?\n1,Agree\n'), {}, 0));
    expect(names(items)).toEqual(['skipped responses.csv internal-error']);
  });
});

describe('csc-tag text and kwic on a survey export', () => {
  it('print each row under the name the report gives it, with the text its positions refer to', async () => {
    const file = 'fixtures/survey/one-header.csv';
    const tagged = await runCli(['--stdout', 'json', file]);
    const documents = (JSON.parse(tagged.stdout) as { documents: { file: string }[] }).documents.map((d) => d.file);
    expect(documents.length).toBeGreaterThan(1);
    const text = await runCli(['text', file]);
    expect(text.code).toBe(0);
    expect([...text.stdout.matchAll(/^==> (.*) <==$/gm)].map((m) => m[1])).toEqual(documents);
    const kwic = await runCli(['kwic', '(agree|disagree)', file]);
    expect(kwic.code).toBe(0);
    const found = new Set(
      kwic.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(':')[0]),
    );
    expect([...found].every((name) => documents.includes(name!))).toBe(true);
    expect(found.size).toBeGreaterThan(0);
  });

  it('judge the columns as the main command does with the same --columns', async () => {
    const file = 'fixtures/survey/header-blank-row-bom.csv';
    const dir = mkdtempSync(join(tmpdir(), 'csc-text-columns-'));
    const map = join(dir, 'map.json');
    writeFileSync(map, JSON.stringify({ columns: { D: 'ignore' } }));
    const plain = await runCli(['text', file]);
    const mapped = await runCli(['text', '--columns', map, file]);
    expect(mapped.code).toBe(0);
    // The explanation column's answers are in the rows' text only when the column is read.
    const answers = (out: string): string[] => out.split('\n').filter((line) => line && !line.startsWith('==>') && !line.startsWith('Q1 - '));
    expect(answers(mapped.stdout)).toEqual(['Agree', 'Disagree']);
    expect(answers(plain.stdout).length).toBeGreaterThan(2);
    rmSync(dir, { recursive: true, force: true });
  });
});
