import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/corpus.js';
import { layerViolations, readSources } from './helpers/layers.js';

describe('the layers of src/', () => {
  it('every import points down: a folder imports only folders below it', () => {
    const sources = readSources(path.join(ROOT, 'src'));
    expect(sources.size, 'the tree was read').toBeGreaterThan(50);
    expect(layerViolations(sources)).toEqual([]);
  });

  it('names the file, the import and both layers of each import that points up or sideways', () => {
    const bad = new Map([
      ['model/schema.ts', "import { z } from 'zod';\nimport { shorten } from '../text/utils.js';"],
      ['text/tokens.ts', "import type { Block } from '../segment/block.js';\nimport { x } from './natural.js';"],
      ['rules/load.ts', "export { failingExamples } from '../eval/rule-examples.js';\nimport { phrase } from '../text/phrase.js';"],
      ['questions/align.ts', "const lazy = await import('../totals/digest.js');"],
      ['report/json.ts', "import chalk from 'chalk';"],
      ['cli/main.ts', "import chalk from 'chalk';\nimport { tagCorpus } from '../pipeline/corpus.js';\nimport { VERSION } from '../index.js';"],
      ['tag-worker.ts', "import { tagFile } from './pipeline/corpus.js';"],
      ['index.ts', "export * from './cli/main.js';"],
    ]);
    expect(layerViolations(bad)).toEqual([
      'src/cli/main.ts imports ../index.js: cli may import only layers below it, and index.js is in none',
      'src/model/schema.ts imports ../text/utils.js: model (layer 14) may not import text (layer 13), which sits above it',
      'src/questions/align.ts imports ../totals/digest.js: questions (layer 7) may not import totals (layer 5), which sits above it',
      'src/report/json.ts imports chalk: only cli may load chalk',
      'src/rules/load.ts imports ../eval/rule-examples.js: rules (layer 12) may not import eval (layer 8), which sits above it',
      'src/tag-worker.ts is in no layer: move it into one of cli, pipeline, publish, report, totals, discover, questions, eval, classify, segment, read, rules, text, model',
      'src/text/tokens.ts imports ../segment/block.js: text (layer 13) may not import segment (layer 10), which sits above it',
    ]);
  });
});
