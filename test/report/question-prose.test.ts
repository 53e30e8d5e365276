import { describe, expect, it } from 'vitest';
import { questionBars } from '../../src/cli/run-summary.js';
import { markdownHead } from '../../src/report/markdown.js';
import { asksNoPosition, stanceSentence } from '../../src/report/question-prose.js';
import { buildReport } from '../../src/totals/run-totals.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { tagText } from '../../src/pipeline/tag-text.js';
import { Chalk } from 'chalk';
import { inlineMembers } from '../../src/questions/group-members.js';

/** What the prose says a label means: an open question's neutral is "no position asked"; every answered group has a key quote. */

const rules = loadCompiledRules();
const OPEN = 'Question 1: What more can be done to support kinship carers?\n\n';
const CLOSED = 'Question 2: Do you agree with the proposal to pay kinship carers an allowance?\n\n';

async function report(answers: [string, string][]) {
  const docs = await Promise.all(answers.map(([open, closed], i) => tagText(`${OPEN}${open}\n\n${CLOSED}${closed}\n`, { file: `r${i + 1}.txt`, rules })));
  return buildReport(docs, [], { generator: { name: 'csc-tag', version: '0' }, themes: [...rules.themes] });
}

describe('prose summaries of question groups', () => {
  it('an open question answered without a position reads "no position asked", not "neutral"', async () => {
    const r = await report([
      ['More training for carers and clear information about their rights.', 'Agree. Carers give up work to do it.'],
      ['Peer support groups run by local authorities.', 'Disagree. The allowance would be too small to matter.'],
    ]);
    const open = r.questions.find((q) => q.text.startsWith('What more'))!;
    expect(open.members.map((m) => m.code)).toEqual(['open-no-position', 'open-no-position']);
    expect(stanceSentence(open, [open.members])).toBe('Both respondents give no position (none is asked).');
    expect(asksNoPosition(open, [open.members])).toBe(true);
    const md = markdownHead({ generator: r.generator, themes: r.themes, summary: r.summary, skipped: [], questions: r.questions }, inlineMembers(r.questions));
    expect(md).toContain('Both respondents give no position (none is asked).');
    expect(md).not.toContain('Both respondents are neutral');
    expect(md).toMatch(/\| no position asked \| .* \|\n/);
    const bars = questionBars(r.questions, new Chalk({ level: 0 }), new Set(r.questions.filter((q) => asksNoPosition(q, [q.members])).map((q) => q.id)));
    expect(bars).toMatch(/q\d+ +▓+ 0\/2\/0 of 2 \(no position asked\) +What more/);
  });

  it('every question group with answers has a key quote; an explicit one carries its explanation', async () => {
    const r = await report([
      ['More training for carers.', 'Agree. Carers give up work to do it.'],
      ['Peer support groups.', 'Agree. Grandparents need financial help.'],
    ]);
    const md = markdownHead({ generator: r.generator, themes: r.themes, summary: r.summary, skipped: [], questions: r.questions }, inlineMembers(r.questions));
    const sections = md.split('\n### ').filter((s) => /^q\d+ /.test(s));
    expect(sections).toHaveLength(r.questions.length);
    for (const section of sections) expect(section).toMatch(/\nKey quote \(.+, s\d+\): ".+"\n/);
    // An open answer without a deciding span is quoted by its first sentence.
    expect(md).toContain('Key quote (Question 1: What more can be done to support kinship carers?, s1): "More training for carers."');
    expect(md).toContain('s2): "Agree. Carers give up work to do it."');
  });
});
