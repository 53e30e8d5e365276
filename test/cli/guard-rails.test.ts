import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editDistance } from '../../src/cli/argv.js';
import { run } from '../../src/cli/run.js';
import type { Report } from '../../src/model/schema.js';
import { zipKind } from '../../src/read/formats/zip-kind.js';
import { questionListSize } from '../../src/questions/list.js';
import { ROOT } from '../helpers/corpus.js';
import { fakeIo } from './fake-io.js';

/** Issue 27, item 4: what a newcomer's mistakes do. */

let temp: string;
const QUESTIONS = 'Library closure consultation\n\n1. Do you agree with the proposal to close the library?\n2. What would you miss most?\n3. How often do you visit?\n';

async function cli(argv: string[], extra: { stdin?: Uint8Array; stdoutTTY?: boolean } = {}): Promise<{ exit: number; stdout: Buffer; stderr: string }> {
  const fake = fakeIo({ cwd: temp, ...(extra.stdin ? { stdin: extra.stdin } : {}) });
  const bytes: Buffer[] = [];
  fake.io.stdout = { write: (chunk: string | Uint8Array) => bytes.push(Buffer.from(chunk)), isTTY: extra.stdoutTTY ?? false };
  const exit = await run(argv, fake.io);
  return { exit, stdout: Buffer.concat(bytes), stderr: fake.stderr() };
}

beforeAll(() => {
  temp = realpathSync(mkdtempSync(join(tmpdir(), 'csc-tag-guards-')));
  mkdirSync(join(temp, 'corpus'));
  writeFileSync(join(temp, 'corpus', 'questions.txt'), QUESTIONS);
  writeFileSync(join(temp, 'corpus', 'r1.txt'), 'Question 1: Do you agree with the proposal to close the library?\n\nNo. I strongly oppose the closure.\n');
});

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('a mistyped command', () => {
  it.each([
    ['questoins', 'questions'],
    ['evla', 'eval'],
    ['rule', 'rules'],
  ])('%s is a usage error naming %s, and nothing is written', async (typo, command) => {
    const result = await cli([typo, 'corpus', '-o', 'typo-out']);
    expect(result.exit).toBe(2);
    expect(result.stderr).toBe(`csc-tag: "${typo}" is no file or folder, and no command: did you mean csc-tag ${command}? (csc-tag help ${command}); nothing was written\n`);
    expect(existsSync(join(temp, 'typo-out'))).toBe(false);
  });

  it('is a path when it exists', async () => {
    mkdirSync(join(temp, 'evla'), { recursive: true });
    writeFileSync(join(temp, 'evla', 'a.txt'), 'Question 1: Do you agree?\n\nYes.\n');
    expect((await cli(['evla', '-o', 'evla-out', '-q'])).exit).toBe(0);
  });

  it('help of an unknown command says so', async () => {
    expect(await cli(['help', 'nosuch'])).toEqual({
      exit: 2,
      stdout: Buffer.alloc(0),
      stderr: 'csc-tag: help: unknown command "nosuch" (commands: columns, eval, kwic, merge, questions, review, rules, text, themes)\n',
    });
    expect((await cli(['help', 'evl'])).stderr).toContain('unknown command "evl"; did you mean eval?');
  });

  it.each([
    ['questions', 'questoins', 1],
    ['questions', 'qestons', 2],
    ['kwic', 'kiwc', 1],
    ['eval', 'eval', 0],
    ['text', 'next', 1],
  ])('edit distance from %s to %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('binary reports and the terminal', () => {
  it.each(['xlsx', 'qdpx'])('--stdout %s to a terminal is an error, and nothing is printed', async (format) => {
    const result = await cli(['--stdout', format, 'corpus/r1.txt'], { stdoutTTY: true });
    expect(result.exit).toBe(2);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr).toContain(`--stdout ${format}: a ${format} report is binary (a zip) and stdout is a terminal; redirect it`);
  });

  it('--stdout xlsx redirected writes the workbook', async () => {
    const result = await cli(['--stdout', 'xlsx', 'corpus/r1.txt'], { stdoutTTY: false });
    expect(result.exit).toBe(0);
    expect(zipKind(result.stdout)).toBe('xlsx');
  });
});

describe('standard input is read by its content', () => {
  it.each([
    ['fixtures/read/seeds/000_b113cb0048a6bf2d.docx', 'docx', '<stdin>'],
    ['fixtures/read/seeds/000_b113cb0048a6bf2d.odt', 'odt', '<stdin>'],
    ['fixtures/survey/libreoffice-one-header.xlsx', 'xlsx', '<stdin>#row=2'],
  ])('%s on stdin is read as %s', async (fixture, encoding, first) => {
    const bytes = readFileSync(join(ROOT, fixture));
    expect(zipKind(bytes)).toBe(encoding);
    const result = await cli(['--stdout', 'json', '-'], { stdin: bytes });
    expect(result.exit).toBe(0);
    const report = JSON.parse(result.stdout.toString('utf8')) as Report;
    expect(report.skipped).toEqual([]);
    expect(report.documents[0]).toMatchObject({ file: first, encoding });
    expect(report.summary.segments).toBeGreaterThan(0);
  });
});

describe('a list of questions among the responses', () => {
  it.each([
    [QUESTIONS, 3],
    ['Q1. Do you agree?\n\nNo, I do not.\n', 0],
    ['Why?\nWhy not?\n', 0],
    ['# Questions\n\n- Do you agree?\n- Is it fair?\n- Who pays?\n', 3],
    ['Do you agree?\nYes.\nIs it fair?\nWho pays?\n', 0],
  ])('%j is a list of %i questions', (text, size) => {
    expect(questionListSize(text)).toBe(size);
  });

  it('is skipped with a hint to pass it with --questions, and the rest is tagged', async () => {
    const result = await cli(['corpus', '--stdout', 'json']);
    expect(result.exit).toBe(0);
    expect(result.stderr).toContain(
      "csc-tag: skipped corpus/questions.txt: looks like the consultation's list of questions (3 questions and no answers), not a response: pass it with --questions corpus/questions.txt\n",
    );
    expect((JSON.parse(result.stdout.toString('utf8')) as Report).documents.map((d) => d.file)).toEqual(['corpus/r1.txt']);
  });

  it('is passed over in the folder when it is the --questions list', async () => {
    const result = await cli(['corpus', '--stdout', 'json', '--questions', 'corpus/questions.txt']);
    expect(result).toMatchObject({ exit: 0, stderr: '' });
    const report = JSON.parse(result.stdout.toString('utf8')) as Report;
    expect(report.skipped).toEqual([]);
    expect(report.questions[0]!.listed).toBe(true);
  });
});

describe('a run that tagged nothing', () => {
  it('exits 1, says so, and leaves the previous reports untouched', async () => {
    expect((await cli(['corpus/r1.txt', '-o', 'kept', '-q'])).exit).toBe(0);
    const before = readFileSync(join(temp, 'kept', 'report.json'));
    const result = await cli(['corpus/questions.txt', 'corpus/gone.txt', '-o', 'kept']);
    expect(result.exit).toBe(1);
    expect(result.stderr.endsWith('csc-tag: nothing was tagged (2 inputs skipped); the reports in kept are untouched\n')).toBe(true);
    expect(readFileSync(join(temp, 'kept', 'report.json')).equals(before)).toBe(true);
  });

  it('prints nothing on stdout with --stdout', async () => {
    const result = await cli(['corpus/questions.txt', '--stdout', 'json']);
    expect(result.exit).toBe(1);
    expect(result.stdout.length).toBe(0);
    expect(result.stderr.endsWith('csc-tag: nothing was tagged (1 input skipped)\n')).toBe(true);
  });
});
