import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_POSITION_ASKED, stanceSentence, themeSentence } from '../../src/report/question-prose.js';
import type { QuestionGroup, QuestionMember } from '../../src/model/schema.js';
import { reasonText } from '../../src/model/stance-reasons.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { runCli } from '../helpers/run-cli.js';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-questions-'));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const group = (stance: QuestionGroup['stance'], themes: Record<string, number>): QuestionGroup => {
  const respondents = stance.agree + stance.neutral + stance.disagree + stance.none;
  return { id: 'q1', number: null, text: 'Q?', listed: false, members: [], respondents, answered: respondents - stance.none, stance, themes, byAttribute: {} };
};

describe('the per-question view in the reports', () => {
  it('states majority and minority plainly, with the denominator', () => {
    expect(stanceSentence(group({ agree: 2, neutral: 0, disagree: 0, none: 0 }, {}), [])).toBe('Both respondents agree.');
    expect(stanceSentence(group({ agree: 3, neutral: 1, disagree: 1, none: 1 }, {}), [])).toBe('3 of 5 respondents who answered agree; 1 is neutral and 1 disagrees.');
    expect(stanceSentence(group({ agree: 0, neutral: 0, disagree: 0, none: 2 }, {}), [])).toBe('No respondent took a position (2 gave no answer).');
    const { themePhrases } = loadCompiledRules();
    const raised = group({ agree: 2, neutral: 0, disagree: 0, none: 0 }, { 'multi-agency': 2, funding: 1, kinship: 0 });
    expect(themeSentence(raised, themePhrases)).toBe('Both raise multi-agency working; 1 of 2 raises funding.');
    // How a theme reads is the rules' word: without it, a theme reads as its name.
    expect(themeSentence(raised)).toBe('Both raise multi-agency; 1 of 2 raises funding.');
    // A user's theme may share a name with an Object property.
    expect(themeSentence(group({ agree: 1, neutral: 0, disagree: 0, none: 0 }, { constructor: 1 }), themePhrases)).toBe('It raises constructor.');
  });

  it("a consultation's own themes read in the sentences as its rules say, in a run and in a merge of its parts", async () => {
    const dir = fs.mkdtempSync(path.join(out, 'own-themes-'));
    const housing = {
      id: 'theme.housing',
      kind: 'theme-lexicon',
      theme: 'housing',
      phrase: 'homes for care leavers',
      description: 'Homes and housing for care leavers.',
      source: 'LABELS.md, Themes (a user theme)',
      strong: ['housing'],
      examples: { match: ['Care leavers need secure housing.'], noMatch: [] },
    };
    fs.writeFileSync(path.join(dir, 'rules.json'), JSON.stringify({ rules: [housing] }));
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    for (const name of ['a', 'b']) fs.writeFileSync(path.join(inputs, `${name}.txt`), 'Question 1: Do you agree with the plan?\n\nWe agree. Care leavers need secure housing.\n');
    const own = ['--no-builtin-themes', '--rules', path.join(dir, 'rules.json'), '-q', '-f', 'md,html'];
    expect((await runCli([inputs, ...own, '-o', path.join(dir, 'run')])).code).toBe(0);
    const md = fs.readFileSync(path.join(dir, 'run', 'report.md'), 'utf8');
    expect(md).toContain('Both respondents agree. Both raise homes for care leavers.\n');
    expect(fs.readFileSync(path.join(dir, 'run', 'report.html'), 'utf8')).toContain('Both respondents agree. Both raise homes for care leavers.</p>');
    expect((await runCli([inputs, ...own, '--shard', '1/1', '-o', path.join(dir, 'part')])).code).toBe(0);
    expect((await runCli(['merge', path.join(dir, 'part'), '-q', '-f', 'md', '-o', path.join(dir, 'merged')])).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'merged', 'report.md'), 'utf8')).toBe(md);
  });

  const member = (stance: QuestionMember['stance'], code: QuestionMember['code'] = 'closed-answer'): QuestionMember => ({
    file: 'a.txt',
    id: 's1',
    title: '',
    respondent: 'a',
    number: null,
    question: 'Q?',
    stance,
    source: 'inferred',
    code,
    reason: reasonText(code),
    themes: [],
    quote: null,
  });
  const open = (): QuestionMember => member('neutral', NO_POSITION_ASKED);
  const withMembers = (members: QuestionMember[], none = 0): QuestionGroup => {
    const stance = { agree: 0, neutral: 0, disagree: 0, none };
    for (const m of members) stance[m.stance]++;
    return { ...group(stance, {}), members };
  };

  it.each<[QuestionMember[], number, string]>([
    [[member('agree')], 0, 'The one respondent agrees.'],
    [[member('agree')], 2, 'The one respondent who answered agrees.'],
    [[member('disagree'), member('disagree')], 1, 'Both respondents who answered disagree.'],
    [[open()], 0, 'The one respondent gives no position (none is asked).'],
    [[open(), open()], 0, 'Both respondents give no position (none is asked).'],
    [Array.from({ length: 15 }, open), 0, 'All 15 respondents give no position (none is asked).'],
    [Array.from({ length: 15 }, open), 3, 'All 15 respondents who answered give no position (none is asked).'],
    [[open(), open(), member('agree')], 0, '2 of 3 respondents give no position (none is asked); 1 agrees.'],
    [[member('neutral'), member('agree'), member('agree')], 0, '2 of 3 respondents agree; 1 is neutral.'],
    [[member('neutral'), member('neutral'), member('agree'), member('disagree')], 0, '2 of 4 respondents are neutral; 1 agrees and 1 disagrees.'],
    [[], 1, 'No respondent took a position (1 gave no answer).'],
  ])('reads as English for every count: %#', (members, none, sentence) => {
    const answered = withMembers(members, none);
    expect(stanceSentence(answered, [answered.members])).toBe(sentence);
  });

  it('adds questions to report.json, a By question section to report.md, and questions.csv', async () => {
    const { code } = await runCli(['seeds', '-o', out, '-f', 'json,md,csv', '-q']);
    expect(code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.questions[0]).toMatchObject({
      id: 'q1',
      respondents: 2,
      members: [
        { file: 'seeds/000_b113cb0048a6bf2d.txt', id: 's6' },
        { file: 'seeds/001_1cf6566048b1270c.txt', id: 's2' },
      ],
    });
    const md = fs.readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(md).toMatch(/\n## By question\n\n### q1 \(7\): Overall, to what extent/);
    expect(md).toContain('Both respondents agree. Both raise multi-agency working');
    expect(md).toMatch(/```mermaid\nxychart-beta\n {2}title "q1: stance of 2 respondents"\n/);
    const csv = fs.readFileSync(path.join(out, 'questions.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFid,number,question,respondents,answered,agree,agree_pct,neutral,neutral_pct,disagree,disagree_pct,no_position_asked,no_position_asked_pct,no_answer,' +
        'theme_funding,theme_kinship,theme_multi-agency,theme_workforce,by_attribute',
    );
    expect(csv.split('\r\n')[1]).toMatch(/^q1,7,"Overall, .*",2,2,2,100\.0,0,0\.0,0,0\.0,0,0\.0,0,\d,\d,2,\d,$/);
    // An open question's answers are counted as no position asked, never as 100% neutral.
    expect(csv.split('\r\n')[4]).toMatch(/^q4,10,"?What are the top three features.*"?,2,2,0,0\.0,0,0\.0,0,0\.0,2,100\.0,0,/);
  });

  it('`csc-tag questions` prints each group, its proposal model and its members; --questions lists the unmatched', async () => {
    const plain = await runCli(['questions', 'seeds/000_b113cb0048a6bf2d.txt', 'seeds/001_1cf6566048b1270c.txt']);
    expect(plain.code).toBe(0);
    expect(plain.stdout.split('\n').slice(0, 4)).toEqual([
      'q1 (7)  2 respondents  Overall, to what extent do you agree the six proposed pillars are the right ones on which to base our reforms for children’s social care?',
      expect.stringMatching(
        /^ {4}proposal: asks a position; no action \(a claim, promote\); object ".*six proposed pillars are the right ones on which to base our reforms for children’s social care"$/,
      ),
      '    seeds/000_b113cb0048a6bf2d.txt s6 (7): Overall, to what extent do you agree these 6 pillars are the right ones on which to base our reforms for children’s social care?',
      '    seeds/001_1cf6566048b1270c.txt s2: Overall, to what extent do you agree the six proposed pillars are the right ones on which to base our reforms for children’s social care?',
    ]);
    const listed = await runCli(['questions', '--questions', 'fixtures/questions/stable-homes-questions.txt', '--json', 'seeds']);
    const result = JSON.parse(listed.stdout);
    expect(result.questions).toHaveLength(19);
    expect(result.unmatchedQuestions.every((u: { file: string }) => u.file === 'seeds/002_05f1eb8c62313258.txt')).toBe(true);
  });
});
