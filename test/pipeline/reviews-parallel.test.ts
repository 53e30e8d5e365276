import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/model/review.js';
import { tagCorpusParallel } from '../../src/pipeline/corpus-parallel.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { tagCorpus } from '../../src/pipeline/corpus.js';
import { ROOT } from '../helpers/corpus.js';
import { sourcesNewerThanDist } from '../helpers/dist.js';

/** Reviews and letters are applied where a document is tagged: a worker thread's output is the main thread's, byte for byte. */
describe('reviews and letters in worker threads', () => {
  it('give the same pieces and digests on one thread and with workers', async () => {
    expect(sourcesNewerThanDist(), 'dist/ is stale: run npm run build').toEqual([]);
    const rules = loadCompiledRules();
    // The seeds, and genre documents among which are letters that answer no question.
    const txt = (folder: string): string[] =>
      readdirSync(path.join(ROOT, folder))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => `${folder}/${f}`);
    const files = [...txt('seeds'), ...txt('fixtures/genre')].sort();
    const inputs = { files, problems: [], stdin: false, ignored: [] };
    // Three reviews of the first seed's question segments, found by tagging once.
    const keys: string[] = [];
    for await (const item of tagCorpus({ ...inputs, files: files.filter((f) => f.startsWith('seeds/')).slice(0, 1) }, { cwd: ROOT, maxFileSize: 1e7, rules })) {
      if (item.ok) keys.push(...item.document.segments.filter((s) => s.kind === 'question').map((s) => s.key));
    }
    const reviews: Review[] = keys.slice(0, 3).map((key, i) => ({ key, stance: i === 2 ? null : 'disagree', themes: i === 2 ? ['kinship'] : null, note: `n${i}`, file: null, question: null }));
    const options = {
      cwd: ROOT,
      maxFileSize: 1e7,
      rules,
      tag: { proposal: 'Children should live with their wider family' },
      render: { formats: ['json', 'csv', 'md'] as const, meta: { generator: { name: 'csc-tag' as const, version: '0' }, themes: [...rules.themes] }, reviews: new Map(reviews.map((r) => [r.key, r])) },
    };
    const collect = async (jobs: number): Promise<string[]> => {
      const out: string[] = [];
      const worker = pathToFileURL(path.join(ROOT, 'dist/pipeline/tag-worker.js'));
      for await (const item of tagCorpusParallel(inputs, { ...options, render: { ...options.render, formats: [...options.render.formats] }, jobs, alwaysParallel: jobs > 1, workerUrl: worker })) {
        if (!item.ok) throw new Error(item.skipped.reason);
        out.push(JSON.stringify(item.digest), ...item.pieces.map((p) => (p === undefined ? '' : typeof p === 'string' ? p : Buffer.from(p).toString('utf8'))));
      }
      return out;
    };
    const one = await collect(1);
    expect(one.join('\n')).toContain('"source":"reviewed"');
    expect(one.join('\n')).toContain('"letter":{"proposal":"Children should live with their wider family"');
    expect(await collect(2)).toEqual(one);
  }, 60_000);
});
