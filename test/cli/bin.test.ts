import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../src/model/schema.js';
import { sourcesNewerThanDist } from '../helpers/dist.js';

/**
 * The built command as users run it: `node bin/csc-tag.js`, which loads dist/.
 * Build first (`npm run build`; `npm test` does it). A missing or stale dist/
 * fails here rather than silently testing old code.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'csc-tag.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let temp: string;
/** TMPDIR for the child, so the test can see that `--stdout` leaves no temporary folder behind. */
let childTmp: string;

function csc(args: string[], options: { input?: string | Uint8Array; env?: Record<string, string> } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: options.input,
    env: { PATH: process.env.PATH ?? '', TMPDIR: childTmp, ...options.env },
    timeout: 60_000,
  });
}

const result = (r: SpawnSyncReturns<string>) => ({ status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr });

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist', 'cli', 'main.js')), 'dist/ is missing: run `npm run build` first').toBe(true);
  expect(sourcesNewerThanDist(), 'dist/ is older than these sources: run `npm run build`').toEqual([]);
  temp = realpathSync(mkdtempSync(join(tmpdir(), 'csc-tag-bin-')));
  childTmp = join(temp, 'tmp');
  mkdirSync(childTmp);
});

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('node bin/csc-tag.js', () => {
  it('--version prints the package version and exits 0', () => {
    expect(result(csc(['--version']))).toEqual({ status: 0, signal: null, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('tags the seeds into a folder: report.json parses and validates, stdout stays empty', () => {
    const out = join(temp, 'seeds-out');
    const ran = csc(['seeds', '-o', out, '-f', 'json,md,csv']);
    expect({ status: ran.status, stdout: ran.stdout }).toEqual({ status: 0, stdout: '' });
    expect(ran.stderr).toMatch(/^csc-tag: \d+ documents, \d+ segments \(\d+ questions\) in \d+\.\d\d s\n/);
    expect(readdirSync(out).sort()).toEqual(['questions.csv', 'report.json', 'report.md', 'segments.csv']);
    const report = Report.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    const seeds = readdirSync(join(ROOT, 'seeds'))
      // seeds/.csc-tagignore keeps seeds/README.md out of folder searches.
      .filter((f) => /\.(?:txt|md|markdown)$/i.test(f) && f !== 'README.md')
      .sort()
      .map((f) => `seeds/${f}`);
    expect(report.documents.map((d) => d.file)).toEqual(seeds);
    expect(report.skipped).toEqual([]);

    // --stdout prints exactly the bytes of the file it would write.
    for (const [format, file] of [
      ['json', 'report.json'],
      ['md', 'report.md'],
      ['csv', 'segments.csv'],
    ] as const) {
      const streamed = spawnSync(process.execPath, [BIN, '--stdout', format, 'seeds'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', TMPDIR: childTmp },
      });
      expect({ format, status: streamed.status, stderr: streamed.stderr.toString() }).toEqual({ format, status: 0, stderr: '' });
      expect(Buffer.compare(streamed.stdout, readFileSync(join(out, file))), `--stdout ${format} differs from ${file}`).toBe(0);
    }
    expect(readdirSync(childTmp)).toEqual([]);
  });

  it('names an unwritable temporary folder in one line and publishes no report', () => {
    const out = join(temp, 'no-tmp');
    const ran = csc(['seeds', '-o', out, '-q'], { env: { TMPDIR: join(temp, 'missing-tmp') } });
    expect(result(ran)).toEqual({
      status: 2,
      signal: null,
      stdout: '',
      stderr: `csc-tag: ${join(temp, 'missing-tmp')}: cannot write the per-question view's temporary file here (ENOENT); set TMPDIR to a writable folder\n`,
    });
    expect(existsSync(join(out, 'report.json'))).toBe(false);
  });

  it('ends quietly, without a stack trace, when the reader closes stdout early (| head -c 10)', () => {
    const ran = spawnSync('sh', ['-c', `{ "${process.execPath}" "${BIN}" --stdout json seeds/; echo "csc-tag exit=$?" >&2; } | head -c 10`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', TMPDIR: childTmp },
      timeout: 60_000,
    });
    expect(result(ran)).toEqual({ status: 0, signal: null, stdout: '{"schemaVe', stderr: 'csc-tag exit=0\n' });
    expect(readdirSync(childTmp), '--stdout left its temporary folder behind').toEqual([]);
  });

  it('ends quietly when the stdout pipe is closed after the first chunk', async () => {
    const child = spawn(process.execPath, [BIN, '--stdout', 'json', 'seeds'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TMPDIR: childTmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let first = '';
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8');
      child.stdout.destroy();
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    expect({ code, signal, first: first.slice(0, 10), stderr }).toEqual({ code: 0, signal: null, first: '{"schemaVe', stderr: '' });
    expect(readdirSync(childTmp)).toEqual([]);
  });

  it('reads stdin for `-` (spawnSync input) and prints what the in-process golden case pins', () => {
    const golden = join(ROOT, 'fixtures', 'cli', 'stdin-dash');
    const ran = csc(['--stdout', 'csv', '-'], { input: readFileSync(join(golden, 'stdin.txt')) });
    expect(result(ran)).toEqual({ status: 0, signal: null, stdout: readFileSync(join(golden, 'expected.stdout'), 'utf8'), stderr: '' });
  });

  it('sets the exit code: 0 with a skipped input, 1 under --strict, 2 with one line and no stack when nothing can be done', () => {
    const inputs = join(temp, 'skip-inputs');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'answer.txt'), 'Question 1: Do you agree?\n\nAgree. Funding is short.\n');
    writeFileSync(join(inputs, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    // Outside the working folder, files are named from the folder that holds the input, not by their absolute path.
    const line = 'csc-tag: skipped skip-inputs/scan.txt: binary file (NUL byte at offset 4)\n';
    const skipped = csc(['--stdout', 'json', inputs]);
    expect({ status: skipped.status, stderr: skipped.stderr }).toEqual({ status: 0, stderr: line });
    const report = Report.parse(JSON.parse(skipped.stdout));
    expect([report.documents.map((d) => d.file), report.skipped.map((s) => s.file)]).toEqual([['skip-inputs/answer.txt'], ['skip-inputs/scan.txt']]);
    expect(skipped.stdout).not.toContain(temp);
    expect(result(csc(['--stdout', 'json', '--strict', inputs]))).toMatchObject({ status: 1, stderr: line });

    const out = join(temp, 'never-created');
    expect(result(csc(['no-such-folder', '-o', out]))).toEqual({
      status: 2,
      signal: null,
      stdout: '',
      stderr: 'csc-tag: no input found: no-such-folder (no such file or folder); give files, folders, globs, or - for stdin (--help lists the formats read)\n',
    });
    expect(existsSync(out)).toBe(false);
  });
});
