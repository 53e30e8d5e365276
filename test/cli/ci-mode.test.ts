import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-ci-'));
  fs.mkdirSync(path.join(dir, 'responses'));
  fs.writeFileSync(path.join(dir, 'responses', 'a.txt'), 'Question 1: Do you agree with the proposal?\n\nAgree. Councils need funding.\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string | Uint8Array) => (stdout += String(s)) },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: {},
    cwd,
    readStdin: async () => new Uint8Array(),
  });
  return { code, stdout, stderr };
}
const listing = (folder: string): string[] => (fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []);

describe('--check', () => {
  it('exits 0 when the committed reports are up to date, writing nothing', async () => {
    await cli(['responses', '-q']);
    const before = fs.readFileSync(path.join(dir, 'reports', 'report.json'));
    const mtime = fs.statSync(path.join(dir, 'reports', 'report.json')).mtimeMs;
    expect(await cli(['responses', '--check'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'csc-tag: check: reports/report.json: up to date\ncsc-tag: check: reports/report.md: up to date\n',
    });
    expect(fs.readFileSync(path.join(dir, 'reports', 'report.json')).equals(before)).toBe(true);
    expect(fs.statSync(path.join(dir, 'reports', 'report.json')).mtimeMs).toBe(mtime);
    expect(listing(path.join(dir, 'reports'))).toEqual(['report.json', 'report.md']);
  });

  it('exits 1 naming a report that differs or is missing', async () => {
    await cli(['responses', '-q']);
    fs.appendFileSync(path.join(dir, 'responses', 'a.txt'), '\nWe are concerned about caseloads.\n');
    fs.rmSync(path.join(dir, 'reports', 'report.md'));
    const { code, stderr } = await cli(['responses', '--check']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^csc-tag: check: reports\/report\.json: differs from line \d+ \(\d+ lines? changed; \d+ lines committed, \d+ built\)$/m);
    expect(stderr).toMatch(/^csc-tag: check: reports\/report\.md: missing$/m);
    expect(stderr).toMatch(/2 reports out of date; run csc-tag without --check to update\n$/);
    expect(listing(path.join(dir, 'reports'))).toEqual(['report.json']);
  });

  it('a skipped input is in the committed and the fresh reports alike: exit 0, and 1 only under --strict', async () => {
    fs.writeFileSync(path.join(dir, 'responses', 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    const skipped = 'csc-tag: skipped responses/scan.txt: binary file (NUL byte at offset 4)\n';
    expect(await cli(['responses', '-q'])).toEqual({ code: 0, stdout: '', stderr: skipped });
    const upToDate = 'csc-tag: check: reports/report.json: up to date\ncsc-tag: check: reports/report.md: up to date\n';
    expect(await cli(['responses', '--check'])).toEqual({ code: 0, stdout: '', stderr: skipped + upToDate });
    expect(await cli(['responses', '--check', '--strict'])).toEqual({ code: 1, stdout: '', stderr: skipped + upToDate });
    expect(await cli(['responses', '-q', '--strict'])).toEqual({ code: 1, stdout: '', stderr: skipped });
    expect((await cli(['--stdout', 'json', 'responses', '--strict'])).code).toBe(1);
    // --strict with nothing skipped changes nothing.
    fs.rmSync(path.join(dir, 'responses', 'scan.txt'));
    expect((await cli(['responses', '-q', '--strict'])).code).toBe(0);
    expect((await cli(['responses', '--check', '--strict'])).code).toBe(0);
  });

  it('passes in a copy of the folder made anywhere else: reports name files relative to where csc-tag ran', async () => {
    await cli(['responses', '-q', '-f', 'json,md,csv']);
    const moved = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-ci-moved-'));
    try {
      const copy = path.join(moved, 'deeper', 'clone');
      fs.cpSync(dir, copy, { recursive: true });
      expect(await cli(['responses', '--check', '-f', 'json,md,csv'], copy)).toMatchObject({ code: 0, stdout: '' });
      for (const file of ['report.json', 'report.md', 'segments.csv', 'questions.csv']) {
        expect(fs.readFileSync(path.join(copy, 'reports', file), 'utf8'), file).not.toContain(dir);
      }
    } finally {
      fs.rmSync(moved, { recursive: true, force: true });
    }
  });

  it('names inputs given by an absolute path outside the working folder from the nearest folder holding them', async () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-ci-cwd-'));
    const moved = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-ci-moved-'));
    try {
      fs.writeFileSync(path.join(dir, 'b.txt'), 'Question 2: Any comments?\n\nWe are concerned about caseloads.\n');
      const out = path.join(dir, 'reports');
      expect(await cli([path.join(dir, 'responses'), path.join(dir, 'b.txt'), '-o', out, '-q', '-f', 'json,md,csv'], elsewhere)).toEqual({ code: 0, stdout: '', stderr: '' });
      const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as { documents: { file: string }[] };
      expect(report.documents.map((d) => d.file)).toEqual(['b.txt', 'responses/a.txt']);
      for (const file of ['report.json', 'report.md', 'segments.csv', 'questions.csv']) {
        expect(fs.readFileSync(path.join(out, file), 'utf8'), file).not.toContain(dir);
      }
      // The same corpus in another place, run from a third folder: the reports are the same bytes.
      fs.cpSync(dir, moved, { recursive: true });
      const check = await cli([path.join(moved, 'responses'), path.join(moved, 'b.txt'), '-o', path.join(moved, 'reports'), '--check', '-f', 'json,md,csv'], dir);
      expect(check.code).toBe(0);
      expect(check.stderr).toContain(`csc-tag: check: ${path.relative(dir, path.join(moved, 'reports'))}/report.json: up to date\n`);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
      fs.rmSync(moved, { recursive: true, force: true });
    }
  });

  it.each([
    [['--stdout', 'json', '--check'], "option '--stdout <format>' cannot be used with option '--check'"],
    [['--stdout', 'json', '-f', 'csv'], "option '--stdout <format>' cannot be used with option '-f, --format <list>'"],
    [['--stdout', 'json', '-o', 'out'], "option '--stdout <format>' cannot be used with option '-o, --out <dir>'"],
  ])('%j is a one-line usage error (exit 2)', async (options, message) => {
    expect(await cli(['responses', ...options])).toEqual({ code: 2, stdout: '', stderr: `csc-tag: ${message}\n` });
    expect(listing(path.join(dir, 'reports'))).toEqual([]);
  });
});

describe('configuration discovery', () => {
  it('reads csc-tag.config.json in the working folder or above; paths are relative to the file', async () => {
    fs.writeFileSync(path.join(dir, 'csc-tag.config.json'), JSON.stringify({ out: 'published', format: ['json', 'csv'], quiet: true }));
    const sub = path.join(dir, 'responses');
    expect(await cli(['a.txt'], sub)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(listing(path.join(dir, 'published'))).toEqual(['questions.csv', 'report.json', 'segments.csv']);
  });

  it('takes a "csc-tag" key in package.json, and command-line options win', async () => {
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'corpus', 'csc-tag': { format: 'csv' } }));
    expect((await cli(['responses', '-q', '-f', 'md'])).code).toBe(0);
    expect(listing(path.join(dir, 'reports'))).toEqual(['report.md']);
  });

  it.each([
    ['csc-tag.config.json', { outt: 'x' }, 'csc-tag.config.json: outt: unknown key; check its spelling'],
    ['csc-tag.config.json', { jobs: 'two' }, 'csc-tag.config.json: jobs: Invalid input: expected number, received string'],
    ['package.json', { 'csc-tag': { quiet: 'yes' } }, 'package.json: csc-tag.quiet: Invalid input: expected boolean, received string'],
  ])('an invalid %s names the key (%j)', async (file, data, message) => {
    fs.writeFileSync(path.join(dir, file), JSON.stringify(data));
    expect(await cli(['responses'])).toEqual({ code: 2, stdout: '', stderr: `csc-tag: ${path.join(dir, message)}\n` });
    expect(listing(path.join(dir, 'reports'))).toEqual([]);
  });
});
