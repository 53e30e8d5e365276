import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GoldFile, goldFromReport } from '../src/eval/gold.js';
import { evaluate, type EvalResult } from '../src/eval/score.js';
import { readJson, reportFor, ROOT, SEED_GOLD } from './helpers/corpus.js';

/**
 * The floors, scored by the project's own `eval`; test/eval/eval.test.ts
 * shows that it scores exactly as ../shared's independent scorer wherever
 * that is present.
 */
async function scores(goldFile: string, paths: string[]): Promise<EvalResult> {
  return evaluate(GoldFile.parse(readJson(goldFile)), goldFromReport(await reportFor(paths)));
}

describe('accuracy on the seed gold (issue floors)', () => {
  let result: EvalResult;
  beforeAll(async () => {
    result = await scores(SEED_GOLD, ['seeds']);
  });
  it('finds the questions: segmentation F1 >= 0.98', () => expect(result.segmentation.f1).toBeGreaterThanOrEqual(0.98));
  it('gets every explicit stance right', () => expect(result.stance.explicit.accuracy).toBe(1));
  it('stance accuracy >= 0.90 and kappa >= 0.80', () => {
    expect(result.stance.all.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.stance.all.kappa).toBeGreaterThanOrEqual(0.8);
  });
  it('theme micro-F1 >= 0.92 with precision >= 0.90', () => {
    expect(result.themes.micro.f1).toBeGreaterThanOrEqual(0.92);
    expect(result.themes.micro.p).toBeGreaterThanOrEqual(0.9);
  });
  it('document-level theme F1 >= 0.97', () => expect(result.documentThemes.f1).toBeGreaterThanOrEqual(0.97));
});

describe('accuracy on the held-out genre fixtures (fixtures/genre, regression floors)', () => {
  let result: EvalResult;
  beforeAll(async () => {
    result = await scores(path.join(ROOT, 'fixtures/genre/gold.json'), ['fixtures/genre']);
  });
  it('segmentation F1 >= 0.95', () => expect(result.segmentation.f1).toBeGreaterThanOrEqual(0.95));
  it('explicit stance 100%', () => expect(result.stance.explicit.accuracy).toBe(1));
  it('stance accuracy >= 0.90', () => expect(result.stance.all.accuracy).toBeGreaterThanOrEqual(0.9));
  it('theme micro-F1 >= 0.85', () => expect(result.themes.micro.f1).toBeGreaterThanOrEqual(0.85));
});
