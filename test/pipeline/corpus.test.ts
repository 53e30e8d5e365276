import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { TokenRun } from '../../src/text/tokens.js';
import { tagCorpus } from '../../src/pipeline/corpus.js';
import { tagCorpusParallel } from '../../src/pipeline/corpus-parallel.js';
import type { RenderSpec } from '../../src/pipeline/render-item.js';
import { ROOT } from '../helpers/corpus.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { type CompiledRules } from '../../src/rules/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-corpus-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('tagCorpus', () => {
  it('skips a document that meets a bug, and goes on with the others', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Question 1: Do you agree?\n\nAgree. Kinship carers need support.\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Question 1: Do you agree?\n\nAgree.\n');
    const real = loadCompiledRules();
    // Theme matching that fails on one document's words stands in for a bug.
    const rules: CompiledRules = {
      ...real,
      themeTerms: Object.assign(Object.create(real.themeTerms), {
        findAll: (run: TokenRun, from: number, to: number) => {
          if (/kinship/i.test(run.text.slice(run.starts[from], run.ends[to - 1]))) throw new Error('boom');
          return real.themeTerms.findAll(run, from, to);
        },
      }),
    };
    const items = [];
    for await (const item of tagCorpus({ files: ['a.txt', 'b.txt'], problems: [], stdin: false, ignored: [] }, { cwd: dir, maxFileSize: 1e6, rules })) {
      items.push(item.ok ? `ok ${item.document.file}` : `skipped ${item.skipped.file} ${item.skipped.code}: ${item.skipped.reason}`);
    }
    expect(items).toEqual(['skipped a.txt internal-error: could not be tagged (internal error: boom); please report it', 'ok b.txt']);
  });

  it('reads a survey export given outside the working folder from where it is, under its portable name', async () => {
    const outside = path.join(dir, 'outside');
    fs.mkdirSync(outside, { recursive: true });
    fs.writeFileSync(path.join(outside, 'responses.csv'), 'Respondent ID,Q1 Do you agree?\nR1,Agree\nR2,Disagree\n');
    fs.writeFileSync(path.join(outside, 'c.txt'), 'Question 1: Do you agree?\n\nAgree.\n');
    const cwd = path.join(dir, 'cwd');
    fs.mkdirSync(cwd, { recursive: true });
    // As discoverInputs gives them: names from the inputs' common folder, each with where it is.
    const inputs = {
      files: ['c.txt', 'responses.csv'],
      problems: [],
      stdin: false,
      ignored: [],
      sources: { 'c.txt': path.join(outside, 'c.txt'), 'responses.csv': path.join(outside, 'responses.csv') },
    };
    const options = { cwd, maxFileSize: 1e6, rules: loadCompiledRules() };
    const serial = [];
    for await (const item of tagCorpus(inputs, options)) serial.push(item.ok ? `ok ${item.document.file}` : `skipped ${item.skipped.file}: ${item.skipped.reason}`);
    expect(serial).toEqual(['ok c.txt', 'ok responses.csv#row=2', 'ok responses.csv#row=3']);
    const parallel = [];
    const render: RenderSpec = { formats: ['json'], meta: { generator: { name: 'csc-tag', version: '0' }, themes: [] } };
    const workerUrl = pathToFileURL(path.join(ROOT, 'fixtures/workers/exits-on-crash-file.mjs'));
    for await (const item of tagCorpusParallel(inputs, { ...options, jobs: 2, render, alwaysParallel: true, workerUrl })) {
      parallel.push(item.ok ? `ok ${item.digest.file}` : `skipped ${item.skipped.file}: ${item.skipped.reason}`);
    }
    expect(parallel).toEqual(serial);
  });
});
