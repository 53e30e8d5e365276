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

  it('cannot be combined with --stdout', async () => {
    expect((await cli(['responses', '--check', '--stdout', 'json'])).stderr).toBe('csc-tag: --check: cannot be combined with --stdout\n');
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
