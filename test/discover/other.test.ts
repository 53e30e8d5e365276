import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCOVERY } from '../../src/discover/options.js';
import { tagInput } from '../../src/pipeline/corpus.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { digestOf } from '../../src/totals/digest.js';
import { RunTotals } from '../../src/totals/run-totals.js';
import { ROOT } from '../helpers/corpus.js';

/** The discovered themes of the bus consultation's open question, with discovery's options changed. */
async function openQuestionThemes(options: Partial<typeof DEFAULT_DISCOVERY>) {
  const rules = loadCompiledRules(undefined, { builtinThemes: false });
  const totals = new RunTotals(rules.themes, undefined, { discovery: { ...DEFAULT_DISCOVERY, ...options } });
  for await (const item of tagInput('fixtures/discover/buses.csv', { cwd: ROOT, maxFileSize: 1e6, rules })) if (item.ok) totals.addDocument(digestOf(item.document, item.text));
  const { questions } = totals.end();
  const themes = questions[1]!.discovered!.themes;
  totals.close();
  return themes;
}

describe('themes too small or too many', () => {
  it('gathers the themes past maxThemes as "other", which keeps their phrases and answers', async () => {
    const all = await openQuestionThemes({});
    expect(all.map((t) => t.id)).toEqual(['t1', 't2']);
    const one = await openQuestionThemes({ maxThemes: 1 });
    expect(one.map((t) => t.id)).toEqual(['t1', 'other']);
    expect(one[0]!.phrases).toEqual(all[0]!.phrases);
    expect(one[1]!.phrases).toEqual(all[1]!.phrases);
    expect(one[1]!.members).toEqual(all[1]!.members);
  });

  it('finds no theme in a question with fewer answers than minGroupAnswers', async () => {
    expect(await openQuestionThemes({ minGroupAnswers: 9 })).toEqual([]);
  });
});
