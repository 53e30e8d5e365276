import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/corpus.js';
import { sourcesNewerThanDist } from './helpers/dist.js';

/**
 * A newcomer's walk through the README: every example command line in it
 * (an indented line that runs csc-tag) is run as written, in order, in a
 * folder holding the files the examples name (`responses/`, `response.txt`,
 * a survey export, a question list, letters), with `csc-tag` on the PATH as
 * `npm install` puts it. Each must exit 0. Lines that need ../shared beside
 * the clone, and the synopsis (`<paths...>`), are left out.
 */

const EXAMPLE = /^ {4}((?:npx )?csc-tag .*|cat \S+ \| csc-tag .*)$/;

function examples(): string[] {
  return readFileSync(join(ROOT, 'README.md'), 'utf8')
    .split('\n')
    .map((line) => EXAMPLE.exec(line)?.[1])
    .filter((line): line is string => line !== undefined && !line.includes('<') && !line.includes('../shared'));
}

let temp: string;

beforeAll(() => {
  expect(sourcesNewerThanDist(), 'dist/ is stale: run npm run build').toEqual([]);
  temp = realpathSync(mkdtempSync(join(tmpdir(), 'csc-tag-readme-')));
  const bin = join(temp, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'csc-tag'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/csc-tag.js')}" "$@"\n`);
  writeFileSync(join(bin, 'npx'), '#!/bin/sh\nexec "$@"\n');
  for (const name of ['csc-tag', 'npx']) chmodSync(join(bin, name), 0o755);
  const work = join(temp, 'work');
  cpSync(join(ROOT, 'seeds'), join(work, 'seeds'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(work, 'responses'), { recursive: true });
  cpSync(join(ROOT, 'seeds/001_1cf6566048b1270c.txt'), join(work, 'response.txt'));
  writeFileSync(join(work, 'answer.txt'), 'Question 1: Do you agree with the proposal?\n\nAgree. It would help kinship carers.\n');
  cpSync(join(ROOT, 'fixtures/survey/libreoffice-one-header.xlsx'), join(work, 'responses.xlsx'));
  // The discovery examples run on the made-up bus consultation, from where the README names it.
  cpSync(join(ROOT, 'fixtures/discover'), join(work, 'fixtures/discover'), { recursive: true });
  writeFileSync(join(work, 'consultation-questions.txt'), 'Do you agree with the proposal to close Elm Road library?\nWhat would you miss most?\n');
  mkdirSync(join(work, 'letters'));
  writeFileSync(join(work, 'letters', 'resident.txt'), 'Dear Council,\n\nI strongly oppose the closure of Elm Road library.\n');
  mkdirSync(join(work, 'forms'));
  writeFileSync(join(work, 'forms', 'form.txt'), 'Question 1: Do you agree with the proposal to close Elm Road library?\n\nDisagree.\n');
  // The reviews example has the analyst fill reviews.csv in by hand first: here it has its header and no review yet.
  writeFileSync(join(work, 'reviews.csv'), 'key,review_stance\n');
});

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe("the README's examples", () => {
  it('are there to run, the review round trip among them', () => {
    expect(examples().length).toBeGreaterThan(10);
    expect(examples()).toEqual(expect.arrayContaining(['csc-tag seeds/ -f json,md,csv --reviews reviews.csv', 'csc-tag seeds/ --reviews review.xlsx']));
  });

  it('each exit 0 as written', () => {
    const failed: string[] = [];
    for (const line of examples()) {
      const ran = spawnSync('sh', ['-c', line], {
        cwd: join(temp, 'work'),
        env: { PATH: `${join(temp, '.bin')}:${process.env.PATH ?? ''}`, HOME: temp },
        encoding: 'utf8',
        timeout: 60_000,
      });
      if (ran.status !== 0) failed.push(`${line}: exit ${ran.status}: ${ran.stderr.split('\n')[0]}`);
    }
    expect(failed).toEqual([]);
  }, 180_000);
});
