import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionBars } from '../../src/cli/run-summary.js';
import { plainChalk } from '../../src/cli/collect.js';
import type { QuestionGroup } from '../../src/model/schema.js';

function group(i: number, stance: QuestionGroup['stance']): QuestionGroup {
  const respondents = stance.agree + stance.neutral + stance.disagree + stance.none;
  return { id: `q${i}`, number: null, text: `Question ${i}?`, listed: false, members: [], respondents, answered: respondents - stance.none, stance, themes: {} };
}

/** The bar of each line: the cells between the id and the counts. */
const bars = (text: string): string[] => [...text.matchAll(/^ {2}q\d+ +([█▓░·]+) \d/gm)].map((m) => m[1]!);

describe('questionBars (the terminal summary by question)', () => {
  it('draws every bar exactly 12 cells wide, whatever the rounding of the shares', () => {
    const count = fc.integer({ min: 0, max: 9 });
    fc.assert(
      fc.property(fc.array(fc.record({ agree: count, neutral: count, disagree: count, none: count }), { minLength: 1, maxLength: 10 }), (stances) => {
        const questions = stances.map((s, i) => group(i + 1, { ...s, none: s.none + 2 }));
        const drawn = bars(questionBars(questions, plainChalk));
        expect(drawn).toHaveLength(questions.length);
        for (const bar of drawn) expect([...bar]).toHaveLength(12);
      }),
    );
    // 3, 3 and 2 of 8: 4.5 and 4.5 each rounded up once drew 5 + 5 + 3 = 13 cells.
    const [bar] = bars(questionBars([group(1, { agree: 3, neutral: 3, disagree: 2, none: 0 })], plainChalk));
    expect(bar).toBe('█████▓▓▓▓░░░');
  });

  it('counts every group report.md lists in "… N more", those one respondent answered too', () => {
    const shared = Array.from({ length: 12 }, (_, i) => group(i + 1, { agree: 2, neutral: 0, disagree: 0, none: 0 }));
    const single = Array.from({ length: 30 }, (_, i) => group(i + 13, { agree: 1, neutral: 0, disagree: 0, none: 0 }));
    const text = questionBars([...shared, ...single], plainChalk);
    expect(bars(text)).toHaveLength(10);
    expect(text).toMatch(/^ {2}… 32 more in report\.md\n$/m);
    // Fewer than ten shared questions: the rest of the groups are still "more".
    expect(questionBars([...shared.slice(0, 3), ...single.slice(0, 4)], plainChalk)).toMatch(/^ {2}… 4 more in report\.md\n$/m);
    expect(questionBars(shared.slice(0, 3), plainChalk)).not.toContain('more in report.md');
  });
});
