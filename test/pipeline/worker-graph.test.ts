import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';

describe('the worker thread script', () => {
  it('loads no zod: each worker is a V8 heap of its own, and zod alone takes about 12 MB of one', async () => {
    const result = await build({ entryPoints: [path.join(ROOT, 'src/pipeline/tag-worker.ts')], bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const loaded = Object.keys(result.metafile.inputs);
    expect(
      loaded.some((file) => file.includes('src/pipeline/tag-document.ts')),
      'the graph was read',
    ).toBe(true);
    expect(loaded.filter((file) => file.includes('node_modules/zod/'))).toEqual([]);
  });
});
