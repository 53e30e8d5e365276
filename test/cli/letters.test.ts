import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Report } from '../../src/model/schema.js';
import { fakeIo } from './fake-io.js';

/** Issue 27, item 3: letters that answer no question count on the consultation's main proposal, in a row of their own. */

let temp: string;
const QUESTION = 'Do you agree with the proposal to close Elm Road library?';

async function cli(argv: string[]): Promise<{ exit: number; stdout: string; stderr: string }> {
  const fake = fakeIo({ cwd: temp });
  const exit = await run(argv, fake.io);
  return { exit, stdout: fake.stdout(), stderr: fake.stderr() };
}
const json = async (argv: string[]): Promise<Report> => JSON.parse((await cli([...argv, '--stdout', 'json', '-q'])).stdout) as Report;

beforeAll(() => {
  temp = realpathSync(mkdtempSync(join(tmpdir(), 'csc-tag-letters-')));
  const files: Record<string, string> = {
    'letter-against.txt': 'Dear Council,\n\nI strongly oppose the closure of Elm Road library. It is the heart of the village.\n\nYours,\nA. Resident\n',
    'letter-for.txt': 'To whom it may concern\n\nI fully support the plan to close the library and move its services online.\n',
    'form.txt': `Question 1: ${QUESTION}\n\nDisagree. We use it every week.\n`,
    'questions.txt': `1. ${QUESTION}\n2. What would you miss most?\n3. How often do you visit?\n`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(temp, name), text);
});

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const INPUTS = ['letter-against.txt', 'letter-for.txt', 'form.txt'];

describe('letters on the main proposal', () => {
  it('with --questions: each letter read by the stance reader with its evidence, counted beside the first question, not among its answers', async () => {
    const plain = await json([...INPUTS, '--questions', 'questions.txt']);
    expect(plain.letters).toEqual({ proposal: QUESTION, question: 'q1', documents: 2, stance: { agree: 1, neutral: 0, disagree: 1, none: 0 } });
    expect(plain.questions[0]!.stance).toEqual({ agree: 0, neutral: 0, disagree: 1, none: 0 });
    const against = plain.documents.find((d) => d.file === 'letter-against.txt')!;
    expect(against.letter!.stance).toMatchObject({ label: 'disagree', source: 'inferred' });
    expect(against.letter!.stance.evidence.find((e) => e.role === 'decides')!.text).toContain('I strongly oppose');
    expect(plain.documents.find((d) => d.file === 'form.txt')!.letter).toBeUndefined();
  });

  it('--proposal gives the proposal without a question list; the row is "letters"', async () => {
    const report = await json([...INPUTS, '--proposal', 'Close Elm Road library']);
    expect(report.letters).toMatchObject({ proposal: 'Close Elm Road library', question: null, documents: 2 });
  });

  it('without either, nothing is read as a letter', async () => {
    const report = await json(INPUTS);
    expect(report.letters).toBeUndefined();
    expect(report.documents.every((d) => d.letter === undefined)).toBe(true);
  });

  it('has its own row in questions.csv and its own line in report.md', async () => {
    expect((await cli([...INPUTS, '--questions', 'questions.txt', '-o', 'out', '-f', 'json,md,csv', '-q'])).exit).toBe(0);
    const rows = readFileSync(join(temp, 'out', 'questions.csv'), 'utf8').split('\r\n');
    expect(rows[1]).toMatch(/^q1,1,/);
    expect(rows[2]).toBe(`q1-letters,1,Letters (documents that answer no question) on: ${QUESTION},2,2,1,50.0,0,0.0,1,50.0,0,0.0,0,,,,,`);
    const md = readFileSync(join(temp, 'out', 'report.md'), 'utf8');
    expect(md).toContain('Letters: Of 2 letters that answer no question, read for their position on the proposal: 1 disagrees and 1 agrees. Counted apart from the answers.');
    expect(md).toContain('Position on the proposal (a letter: it answers no question): disagree, confidence');
  });

  it('parts merge into the letters of one run', async () => {
    const whole = await cli([...INPUTS, '--proposal', 'Close Elm Road library', '-o', 'whole', '-q']);
    expect(whole.exit).toBe(0);
    for (const k of [1, 2]) expect((await cli([...INPUTS, '--proposal', 'Close Elm Road library', '--shard', `${k}/2`, '-o', `part${k}`, '-q'])).exit).toBe(0);
    expect((await cli(['merge', 'part1', 'part2', '-o', 'merged', '-q'])).exit).toBe(0);
    expect(readFileSync(join(temp, 'merged', 'report.json')).equals(readFileSync(join(temp, 'whole', 'report.json')))).toBe(true);
  });
});
