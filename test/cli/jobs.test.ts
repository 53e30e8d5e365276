import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tagCorpusParallel } from '../../src/pipeline/corpus-parallel.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { ROOT } from '../helpers/corpus.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-jobs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('--jobs', () => {
  it('gives byte-identical reports for 1 and 2 worker threads', async () => {
    const { makeCorpus } = (await import(pathToFileURL(path.join(ROOT, 'scripts/make-corpus.mjs')).href)) as {
      makeCorpus: (seeds: string, out: string, mb: number, files?: number) => { files: number; bytes: number };
    };
    const corpus = path.join(tmp, 'corpus');
    // Over the size below which workers are not worth starting.
    makeCorpus(path.join(ROOT, 'seeds'), corpus, 5, 60);
    const out = (jobs: number): string => {
      const dir = path.join(tmp, `out-${jobs}`);
      const ran = spawnSync(process.execPath, [path.join(ROOT, 'bin/csc-tag.js'), corpus, '-o', dir, '-q', '-f', 'json,md,csv,qdpx,html,xlsx', '--jobs', String(jobs)], { encoding: 'utf8' });
      expect({ status: ran.status, stderr: ran.stderr }).toEqual({ status: 0, stderr: '' });
      return dir;
    };
    const [one, two] = [out(1), out(2)];
    for (const file of ['report.json', 'report.md', 'segments.csv', 'questions.csv', 'report.qdpx', 'report.html', 'report.xlsx']) {
      expect(fs.readFileSync(path.join(two, file)).equals(fs.readFileSync(path.join(one, file))), file).toBe(true);
    }
  }, 60_000);

  it('reports a document whose worker died as skipped, and keeps the others', async () => {
    const files = ['a.txt', 'b-crash.txt', 'c.txt', 'd.txt', 'e.txt'];
    // The main thread tags files too, so they must exist.
    for (const file of files) fs.writeFileSync(path.join(tmp, file), 'Question 1: Do you agree?\n\nYes.\n');
    const items = [];
    for await (const item of tagCorpusParallel(
      { files, problems: [], stdin: false, ignored: [] },
      {
        cwd: tmp,
        maxFileSize: 1e6,
        rules: loadCompiledRules(),
        jobs: 2,
        render: { formats: ['json'], meta: { generator: { name: 'csc-tag', version: '0' }, themes: [] } },
        alwaysParallel: true,
        workerUrl: pathToFileURL(path.join(ROOT, 'fixtures/workers/exits-on-crash-file.mjs')),
      },
    )) {
      items.push(item.ok ? `ok ${item.digest.file}` : `skipped ${item.skipped.file} ${item.skipped.code}`);
    }
    expect(items).toEqual(['ok a.txt', 'skipped b-crash.txt worker-crashed', 'ok c.txt', 'ok d.txt', 'ok e.txt']);
  });

  it('reads a survey export on the main thread, its rows in order, in its place among the files', async () => {
    const files = ['a.txt', 'b.csv', 'c.txt', 'd.txt'];
    for (const file of ['a.txt', 'c.txt', 'd.txt']) fs.writeFileSync(path.join(tmp, file), 'Question 1: Do you agree?\n\nYes.\n');
    fs.writeFileSync(path.join(tmp, 'b.csv'), 'ID,Q1 - Do you agree?\n1,Agree\n2,Disagree\n3,Agree\n');
    const items = [];
    for await (const item of tagCorpusParallel(
      { files, problems: [], stdin: false, ignored: [] },
      {
        cwd: tmp,
        maxFileSize: 1e6,
        rules: loadCompiledRules(),
        jobs: 2,
        render: { formats: ['json'], meta: { generator: { name: 'csc-tag', version: '0' }, themes: [] } },
        alwaysParallel: true,
        workerUrl: pathToFileURL(path.join(ROOT, 'fixtures/workers/exits-on-crash-file.mjs')),
      },
    )) {
      items.push(item.ok ? item.digest.file : `skipped ${item.skipped.file}`);
    }
    expect(items).toEqual(['a.txt', 'b.csv#row=2', 'b.csv#row=3', 'b.csv#row=4', 'c.txt', 'd.txt']);
  });

  it('rejects a bad --jobs value', async () => {
    const ran = spawnSync(process.execPath, [path.join(ROOT, 'bin/csc-tag.js'), 'seeds', '--jobs', 'lots'], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: ran.status, stderr: ran.stderr }).toEqual({ status: 2, stderr: 'csc-tag: --jobs: expected a whole number of threads\n' });
  });
});
