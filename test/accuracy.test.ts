import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, reportFor, ROOT, SHARED } from './helpers/corpus.js';

/** The independent scorer from ../shared/tools (FORMAT.md's matching rules). */
type Scores = {
  segmentation: { p: number; r: number; f1: number };
  stance: { accuracy: number; kappa: number; explicit: { accuracy: number } };
  themes: { micro: { p: number; r: number; f1: number } };
  documentThemes: { f1: number };
};
let score: (gold: unknown, pred: unknown) => Scores;

beforeAll(async () => {
  ({ score } = (await import(pathToFileURL(path.join(SHARED, 'tools/score.mjs')).href)) as { score: typeof score });
});

describe('accuracy on the seed gold (issue floors)', () => {
  let scores: Scores;
  beforeAll(async () => {
    scores = score(readJson(path.join(SHARED, 'gold/seeds.gold.json')), await reportFor(['seeds']));
  });
  it('finds the questions: segmentation F1 >= 0.98', () => expect(scores.segmentation.f1).toBeGreaterThanOrEqual(0.98));
  it('gets every explicit stance right', () => expect(scores.stance.explicit.accuracy).toBe(1));
  it('stance accuracy >= 0.90 and kappa >= 0.80', () => {
    expect(scores.stance.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(scores.stance.kappa).toBeGreaterThanOrEqual(0.8);
  });
  it('theme micro-F1 >= 0.92 with precision >= 0.90', () => {
    expect(scores.themes.micro.f1).toBeGreaterThanOrEqual(0.92);
    expect(scores.themes.micro.p).toBeGreaterThanOrEqual(0.9);
  });
  it('document-level theme F1 >= 0.97', () => expect(scores.documentThemes.f1).toBeGreaterThanOrEqual(0.97));
});

describe('accuracy on the held-out genre fixtures (fixtures/genre, regression floors)', () => {
  let scores: Scores;
  beforeAll(async () => {
    scores = score(readJson(path.join(ROOT, 'fixtures/genre/gold.json')), await reportFor(['fixtures/genre']));
  });
  it('segmentation F1 >= 0.95', () => expect(scores.segmentation.f1).toBeGreaterThanOrEqual(0.95));
  it('explicit stance 100%', () => expect(scores.stance.explicit.accuracy).toBe(1));
  it('stance accuracy >= 0.90', () => expect(scores.stance.accuracy).toBeGreaterThanOrEqual(0.9));
  it('theme micro-F1 >= 0.85', () => expect(scores.themes.micro.f1).toBeGreaterThanOrEqual(0.85));
});
