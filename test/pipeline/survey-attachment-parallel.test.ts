import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ColumnMap } from '../../src/read/survey/column-map.js';
import { tagCorpusParallel } from '../../src/pipeline/corpus-parallel.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { ROOT } from '../helpers/corpus.js';
import { sourcesNewerThanDist } from '../helpers/dist.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-attached-survey-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An email's survey attachment is read in whichever thread reads the email: a worker judges its columns as the main thread does, --columns too. */
describe("an email's survey attachment in worker threads", () => {
  it('gives the same documents on one thread and with workers, with and without --columns', async () => {
    expect(sourcesNewerThanDist(), 'dist/ is stale: run npm run build').toEqual([]);
    const email = fs.readFileSync(path.join(ROOT, 'fixtures/read/eml/survey-attachment/input.eml'));
    const files = ['a.eml', 'b.txt', 'c.eml', 'd.txt'];
    for (const file of files) fs.writeFileSync(path.join(dir, file), file.endsWith('.eml') ? email : 'Question 1: Do you agree?\n\nYes.\n');
    const inputs = { files, problems: [], stdin: false, ignored: [] };
    const rules = loadCompiledRules();
    const render = { formats: ['json' as const], meta: { generator: { name: 'csc-tag' as const, version: '0' }, themes: [...rules.themes] } };
    const run = async (jobs: number, columnMap?: ColumnMap): Promise<string[]> => {
      const out: string[] = [];
      const workerUrl = pathToFileURL(path.join(ROOT, 'dist/pipeline/tag-worker.js'));
      for await (const item of tagCorpusParallel(inputs, { cwd: dir, maxFileSize: 1e6, rules, render, jobs, alwaysParallel: jobs > 1, workerUrl, ...(columnMap ? { columnMap } : {}) })) {
        out.push(item.ok ? `${item.digest.file} ${item.digest.segments.length} ${Buffer.from(item.pieces[0] as Uint8Array).toString('utf8').length}` : `skipped ${item.skipped.file}`);
      }
      return out;
    };
    const one = await run(1);
    expect(one.filter((line) => line.startsWith('a.eml#drop-in-forms.csv#row='))).toHaveLength(3);
    expect(await run(2)).toEqual(one);
    // With the explanation column ignored, each row is shorter, on every thread alike.
    const mapped = await run(1, { columns: { D: { kind: 'ignore' } } });
    expect(mapped).not.toEqual(one);
    expect(await run(2, { columns: { D: { kind: 'ignore' } } })).toEqual(mapped);
  }, 60_000);
});
