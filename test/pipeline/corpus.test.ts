import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TokenRun } from '../../src/text/tokens.js';
import { tagCorpus } from '../../src/pipeline/corpus.js';
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
});
