import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { leftovers, useTempRoot } from './helpers.js';
import { sourcesNewerThanDist } from '../helpers/dist.js';

/**
 * An interrupted run (README, exit codes 130 and 143): the built command as
 * users run it, `node bin/csc-tag.js` (build first: `npm run build`), on a
 * corpus big enough to be interrupted mid-run. The previous reports must be
 * untouched byte for byte, and no staged report, body or lock may be left.
 *
 * The signal is sent once the run has started publishing (its lock or a
 * staged report is in the out folder) and ~300 ms have passed, or as soon
 * as stderr shows anything. Waiting for the run to start keeps a slow
 * start-up from turning into a test of Node's default signal handling.
 * Nothing here asserts a timing.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'csc-tag.js');
const root = useTempRoot('interrupt');
let corpus = '';

beforeAll(async () => {
  expect(existsSync(join(ROOT, 'dist', 'cli', 'main.js')), 'dist/ is missing: run `npm run build` first').toBe(true);
  expect(sourcesNewerThanDist(), 'dist/ is older than these sources: run `npm run build`').toEqual([]);
  const { makeCorpus } = (await import(pathToFileURL(join(ROOT, 'scripts', 'make-corpus.mjs')).href)) as {
    makeCorpus: (seeds: string, out: string, mb: number, files?: number) => { files: number; bytes: number };
  };
  corpus = join(root(), 'corpus');
  // 300 files, 12 MB: a few seconds of work on one thread, and over the size at which --jobs starts workers.
  makeCorpus(join(ROOT, 'seeds'), corpus, 12, 300);
}, 60_000);

/** Known bytes, not a report csc-tag could write, so any change shows. */
const PREVIOUS = {
  'report.json': '{"previous": "run", "note": "£ “kept” byte for byte"}\n',
  'report.md': '# Previous report\n\nKept byte for byte.\n',
};

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  sent: boolean;
  stderr: string;
}

async function interrupt(out: string, signal: NodeJS.Signals, jobs: number): Promise<Interrupted> {
  const child = spawn(process.execPath, [BIN, corpus, '-o', out, '--jobs', String(jobs)], {
    cwd: root(),
    env: { PATH: process.env.PATH ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.resume();
  const started = Date.now();
  let sent = false;
  const poll = setInterval(() => {
    const publishing = readdirSync(out).some((f) => f === '.csc-tag.lock' || f.endsWith('.tmp'));
    if (stderr !== '' || (publishing && Date.now() - started >= 300)) {
      clearInterval(poll);
      sent = child.kill(signal);
    }
  }, 10);
  try {
    const [code, by] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    return { code, signal: by, sent, stderr };
  } finally {
    clearInterval(poll);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

describe.each([
  ['SIGINT', 130, 1],
  ['SIGTERM', 143, 1],
  // With worker threads the main thread waits on messages, so a signal is seen at once: a control for --jobs 1.
  ['SIGINT', 130, 2],
  ['SIGTERM', 143, 2],
] as const)('%s during a run (exit %d, --jobs %d)', (signal, exit, jobs) => {
  it('exits 128 + signal, leaves the previous reports byte for byte, and no temporary files or lock', async () => {
    const out = join(root(), `out-${signal}-${jobs}`);
    mkdirSync(out);
    for (const [file, text] of Object.entries(PREVIOUS)) writeFileSync(join(out, file), text);

    const ran = await interrupt(out, signal, jobs);
    expect(ran.sent, `the run ended before it could be interrupted (exit ${ran.code}); make the corpus bigger`).toBe(true);
    // What became of each previous report, in a line: a replaced report.json would fill the diff otherwise.
    const reports = Object.fromEntries(
      Object.entries(PREVIOUS).map(([file, text]) => {
        const now = existsSync(join(out, file)) ? readFileSync(join(out, file), 'utf8') : undefined;
        return [file, now === text ? 'unchanged' : now === undefined ? 'deleted' : `replaced: ${JSON.stringify(now.slice(0, 40))}...`];
      }),
    );
    expect({ code: ran.code, signal: ran.signal, files: readdirSync(out).sort(), leftovers: leftovers(out), reports }).toEqual({
      code: exit,
      signal: null,
      files: ['report.json', 'report.md'],
      leftovers: [],
      reports: { 'report.json': 'unchanged', 'report.md': 'unchanged' },
    });
  }, 120_000);
});
