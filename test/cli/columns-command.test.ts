import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-columns-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('csc-tag columns', () => {
  it('prints what each column was taken for, with the reason', async () => {
    const { code, stdout } = await runCli(['columns', 'fixtures/survey/one-header.csv']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('fixtures/survey/one-header.csv: utf-8; header row 1; judged on the first 5 data rows');
    expect(lines.slice(1, 9).map((l) => l.split(/\s{2,}/).slice(0, 3))).toEqual([
      ['A', 'Response ID', 'id'],
      ['B', 'Are you responding as an individual or on behal…', 'attribute'],
      ['C', 'Organisation name', 'name'],
      ['D', 'Region', 'attribute'],
      ['E', 'Q1 - Do you agree or disagree with the proposal…', 'closed'],
      ['F', 'Q1 - Please explain your answer', 'explanation'],
      ['G', 'Q2 - How useful would the new practice guidance…', 'closed'],
      ['H', 'Q3 - What else should the government consider?', 'open'],
    ]);
  });

  it('--json prints a --columns map that, given back, changes nothing', async () => {
    const { stdout } = await runCli(['columns', '--json', 'fixtures/survey/two-header-rows.csv']);
    const map = JSON.parse(stdout);
    expect(map).toEqual({ headerRows: 2, columns: { A: 'id', B: 'attribute', C: 'closed', D: { kind: 'explanation', explains: 'C' }, E: 'closed', F: { kind: 'explanation', explains: 'E' } } });
    fs.writeFileSync(path.join(dir, 'map.json'), stdout);
    const plain = await runCli(['--stdout', 'json', 'fixtures/survey/two-header-rows.csv']);
    const mapped = await runCli(['--stdout', 'json', '--columns', path.join(dir, 'map.json'), 'fixtures/survey/two-header-rows.csv']);
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toBe(plain.stdout);
  });

  it('a map with a mistake is a usage error naming the file and the key path', async () => {
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"columns": {"E": "clossed"}}');
    const { code, stderr } = await runCli(['--columns', path.join(dir, 'bad.json'), 'fixtures/survey/one-header.csv']);
    expect(code).toBe(2);
    expect(stderr).toBe(`csc-tag: ${path.join(dir, 'bad.json')}: columns.E.kind: expected one of id, name, attribute, closed, open, explanation, date, email, url, postcode, number, ignore\n`);
  });

  it('types a survey export’s id, date, e-mail, attribute, importance-scale and free-text columns', async () => {
    const { code, stdout } = await runCli(['columns', 'fixtures/survey-shapes/typed-columns.csv']);
    expect(code).toBe(0);
    const kinds = stdout
      .split('\n')
      .slice(1, 11)
      .map((l) => l.split(/\s{2,}/).slice(0, 3));
    expect(kinds).toEqual([
      ['A', 'Respondent', 'id'],
      ['B', 'Submitted', 'date'],
      ['C', 'Email', 'email'],
      ['D', 'Region', 'attribute'],
      ['E', 'Sector', 'attribute'],
      ['F', 'How important is early help to your area?', 'closed'],
      ['G', 'Please explain', 'explanation'],
      ['H', 'Would you recommend this approach?', 'closed'],
      ['I', 'Are you happy for your response to be published?', 'attribute'],
      ['J', 'What else should we consider?', 'open'],
    ]);
    expect(stdout).toMatch(/^G .*explains F$/m);
    expect(stdout).not.toMatch(/not a survey/);
  });

  it('says a table with no free-text answer column is no survey, and a run lists it as ignored with the reason, untagged', async () => {
    const columns = await runCli(['columns', 'fixtures/survey-shapes/request-log.csv']);
    expect(columns.code).toBe(0);
    expect(columns.stdout).toMatch(/^B +Page +url /m);
    expect(columns.stdout.trimEnd().split('\n').pop()).toBe('not a survey: no free-text answer column and no closed question (1 date, 1 url, 2 ignore); a run ignores it');
    // Beside a survey that is tagged: a run that tagged nothing at all exits 1 (issue 27's guard rail).
    const run = await runCli(['--stdout', 'json', '--strict', 'fixtures/survey-shapes/request-log.csv', 'fixtures/survey/one-header.csv']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.documents.length).toBeGreaterThan(0);
    expect(report.documents.filter((d: { file: string }) => d.file.includes('request-log'))).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.ignored).toEqual({
      files: ['fixtures/survey-shapes/request-log.csv'],
      byExtension: { '.csv': 1 },
      reasons: {
        'fixtures/survey-shapes/request-log.csv': 'not a survey: no free-text answer column and no closed question (1 date, 1 url, 2 ignore); not tagged (csc-tag columns shows each column)',
      },
    });
    expect(run.stderr).toMatch(/^csc-tag: ignored fixtures\/survey-shapes\/request-log\.csv: not a survey: /m);
    // An ignored file, which --quiet leaves unsaid.
    expect((await runCli(['--stdout', 'json', '-q', 'fixtures/survey-shapes/request-log.csv', 'fixtures/survey/one-header.csv'])).stderr).toBe('');
    // Alone, it leaves nothing tagged.
    expect((await runCli(['--stdout', 'json', '-q', 'fixtures/survey-shapes/request-log.csv'])).code).toBe(1);
  });

  it('refuses a file that is no survey export', async () => {
    const { code, stderr } = await runCli(['columns', 'README.md']);
    expect(code).toBe(2);
    expect(stderr).toBe('csc-tag: README.md: not a survey export: expected a .csv or .xlsx file\n');
  });
});
