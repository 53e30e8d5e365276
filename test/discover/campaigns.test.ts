import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/schema.js';
import { runCli } from '../helpers/run-cli.js';

const LETTERS = 'fixtures/discover/campaign';

async function report(...args: string[]): Promise<Report> {
  const { code, stdout, stderr } = await runCli(['--stdout', 'json', '--discover', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Report;
}

/** A survey export whose explanations are a campaign's template with the name and one sentence changed, and others of people's own. */
function surveyWithCampaign(dir: string): string {
  const template = (name: string, reason: string): string =>
    `As a member of Save Our Parks, I oppose selling the bandstand field to developers. ${reason} ` +
    'The field is the only open space within walking distance for thousands of families, and the council promised in 2019 to keep it public for ever. ' +
    `Signed, ${name}.`;
  const rows = [
    ['1', 'Disagree', template('Ann', 'My children learnt to ride bikes there.')],
    ['2', 'Disagree', template('Bob', 'I walk my dog there every day.')],
    ['3', 'Strongly disagree', template('Cy', 'My children learnt to ride bikes there.')],
    ['4', 'Agree', 'The field is rarely used and the sale would pay for the new leisure centre roof, which leaks badly every winter.'],
    ['5', 'Disagree', template('Dee', 'Our choir sings at the bandstand in summer.')],
    ['6', 'Neither agree nor disagree', 'I do not mind either way, but the council must keep its promise about the play area near the school gates.'],
  ];
  const file = path.join(dir, 'parks.csv');
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  fs.writeFileSync(file, ['Response ID,Q1 - Do you agree with the sale of the bandstand field?,Q1 - Please explain', ...rows.map((r) => r.map(quote).join(','))].join('\n') + '\n');
  return file;
}

describe('campaign responses', () => {
  it('groups letters sent from one template with a name and a sentence changed, and gives the template', async () => {
    const { campaigns } = await report(LETTERS);
    expect(campaigns).toHaveLength(1);
    const [campaign] = campaigns;
    expect(campaign!.id).toBe('c1');
    expect(campaign!.count).toBe(4);
    expect(campaign!.members).toEqual([1, 2, 3, 4].map((i) => ({ file: `${LETTERS}/letter-${i}.txt` })));
    expect(campaign!.template).toContain('Please protect the green belt and refuse this application.');
    // A name is no part of the template: each letter's is its own.
    expect(campaign!.template).not.toMatch(/Margaret|Okafor|Shah|Brennan/);
  });

  it('leaves out answers that quote a campaign sentence but are otherwise their own', async () => {
    const { campaigns } = await report(LETTERS);
    expect(campaigns.flatMap((c) => c.members.map((m) => m.file))).not.toEqual(expect.arrayContaining([expect.stringMatching(/own-view/)]));
  });

  it('finds survey answers from a template, names them by row and segment, and counts each question with and without them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-campaign-'));
    try {
      const file = surveyWithCampaign(dir);
      const one = await report('-j', '1', file);
      expect(one.campaigns).toHaveLength(1);
      expect(one.campaigns[0]!.members.map((m) => [m.file.replace(/^.*#/, ''), m.segment])).toEqual([
        ['row=2', 's1'],
        ['row=3', 's1'],
        ['row=4', 's1'],
        ['row=6', 's1'],
      ]);
      const [group] = one.questions;
      expect(group!.stance).toMatchObject({ agree: 1, neutral: 1, disagree: 4 });
      expect(group!.discovered!.withoutCampaigns).toEqual({ respondents: 2, answered: 2, stance: { agree: 1, neutral: 1, disagree: 0, none: 0 } });
      const md = (await runCli(['--stdout', 'md', '--discover', file])).stdout;
      expect(md).toContain('Without campaign responses: 2 respondents, 2 answered (1 agree, 1 neutral, 0 disagree)');
      expect(md).toContain('## Campaign responses');
      expect((await report('-j', '2', file)).campaigns).toEqual(one.campaigns);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
