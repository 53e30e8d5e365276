import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldFromReport, GoldFile } from '../../src/eval/gold.js';
import { dice } from '../../src/eval/match.js';
import { evaluate, stanceScores } from '../../src/eval/score.js';
import { independentScorer, NO_SCORER, readJson, reportFor, ROOT, SEED_GOLD, SHARED } from '../helpers/corpus.js';

type ScoreMjs = (
  gold: unknown,
  pred: unknown,
) => {
  segmentation: { p: number; r: number; f1: number };
  stance: { accuracy: number; macroF1: number; kappa: number; explicit: { accuracy: number }; inferred: { accuracy: number; macroF1: number }; confusion: unknown };
  themes: { micro: { p: number; r: number; f1: number }; perTheme: Record<string, { p: number; r: number; f1: number }> };
  documentThemes: { f1: number };
};

const SHARED_GOLD = path.join(SHARED, 'gold/seeds.gold.json');

// Without ../shared there is nothing independent to compare with: the floors in accuracy.test.ts still run on our own eval.
if (NO_SCORER) console.warn(`skipping the comparison with the independent scorer: ${NO_SCORER}`);
describe.skipIf(NO_SCORER)(`csc-tag eval scores exactly as ../shared/tools/score.mjs${NO_SCORER ? ` (skipped: ${NO_SCORER})` : ''}`, () => {
  it.each([
    ['the seeds', SEED_GOLD, ['seeds']],
    ['the genre fixtures', 'fixtures/genre/gold.json', ['fixtures/genre']],
  ])('on %s', async (_name, goldFile, paths) => {
    const gold = readJson(path.resolve(ROOT, goldFile));
    const report = await reportFor(paths);
    const ours = evaluate(GoldFile.parse(gold), goldFromReport(report));
    const theirs = (await independentScorer<ScoreMjs>())(gold, report);
    expect({
      seg: [ours.segmentation.p, ours.segmentation.r, ours.segmentation.f1],
      stance: [ours.stance.all.accuracy, ours.stance.all.macroF1, ours.stance.all.kappa, ours.stance.explicit.accuracy, ours.stance.inferred.accuracy, ours.stance.inferred.macroF1],
      confusion: ours.stance.all.confusion,
      themes: [ours.themes.micro.p, ours.themes.micro.r, ours.themes.micro.f1],
      // In the same order: the eval table lists the themes as the shared scorer does.
      perTheme: Object.entries(ours.themes.perTheme).map(([t, v]) => [t, v.f1]),
      doc: ours.documentThemes.f1,
    }).toEqual({
      seg: [theirs.segmentation.p, theirs.segmentation.r, theirs.segmentation.f1],
      stance: [theirs.stance.accuracy, theirs.stance.macroF1, theirs.stance.kappa, theirs.stance.explicit.accuracy, theirs.stance.inferred.accuracy, theirs.stance.inferred.macroF1],
      confusion: theirs.stance.confusion,
      themes: [theirs.themes.micro.p, theirs.themes.micro.r, theirs.themes.micro.f1],
      perTheme: Object.entries(theirs.themes.perTheme).map(([t, v]) => [t, v.f1]),
      doc: theirs.documentThemes.f1,
    });
  });

  it('fixtures/gold/seeds.gold.json is still a byte-identical copy of ../shared/gold/seeds.gold.json', () => {
    expect(fs.readFileSync(SEED_GOLD, 'utf8')).toBe(fs.readFileSync(SHARED_GOLD, 'utf8'));
  });
});

describe('csc-tag eval', () => {
  it('a gold file against itself is perfect agreement', () => {
    const gold = GoldFile.parse(readJson(SEED_GOLD));
    const result = evaluate(gold, gold);
    expect([result.segmentation.f1, result.stance.all.kappa, result.themes.micro.f1]).toEqual([1, 1, 1]);
  });

  it('lists missed and spurious questions with file and line', () => {
    const gold = GoldFile.parse({
      format: 'csc-gold/1',
      documents: [{ file: 'a.txt', segments: [{ number: '1', question: 'Do you agree?', stance: 'agree', explicit: true, themes: [], line: 3 }], prose: { themes: [] } }],
    });
    const pred = GoldFile.parse({
      format: 'csc-gold/1',
      documents: [{ file: 'a.txt', segments: [{ number: '2', question: 'Something else entirely here', stance: 'agree', explicit: true, themes: [] }], prose: { themes: [] } }],
    });
    const result = evaluate(gold, pred);
    expect(result.segmentation.missed).toEqual([{ file: 'a.txt', line: 3, number: '1', question: 'Do you agree?' }]);
    expect(result.segmentation.spurious.map((q) => q.number)).toEqual(['2']);
  });

  it("Cohen's kappa corrects for chance", () => {
    // Always guessing the majority label: 75% accuracy, no agreement beyond chance.
    expect(
      stanceScores([
        ['agree', 'agree'],
        ['agree', 'agree'],
        ['agree', 'agree'],
        ['neutral', 'agree'],
      ]).kappa,
    ).toBe(0);
    expect(dice('to what extent do you agree', 'To what extent do you agree?')).toBe(1);
  });
});
