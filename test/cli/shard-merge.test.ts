import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { shardOf } from '../../src/pipeline/shard.js';
import { fakeIo } from './fake-io.js';

/**
 * A corpus tagged in parts (--shard K/N, as a CI matrix would) and merged
 * gives exactly the bytes of one run, in every format: documents, surveys'
 * rows, skipped and ignored files and question groups across parts.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INPUTS = ['seeds', 'fixtures/genre', 'fixtures/survey', 'fixtures/read/hostile/encrypted.pdf'];
const FORMATS = 'json,md,csv,html,qdpx,qdc,xlsx';

async function cli(argv: string[]): Promise<{ exit: number; stdout: string; stderr: string }> {
  const fake = fakeIo({ cwd: ROOT });
  const exit = await run(argv, fake.io);
  return { exit, stdout: fake.stdout(), stderr: fake.stderr() };
}

let temp: string;
const part = (k: number, n = 4): string => join(temp, `part-${k}-of-${n}`);

beforeAll(async () => {
  temp = realpathSync(mkdtempSync(join(tmpdir(), 'csc-tag-shard-')));
  expect((await cli([...INPUTS, '-o', join(temp, 'one'), '-f', FORMATS, '-q'])).exit).toBe(0);
  for (let k = 1; k <= 4; k++) expect((await cli([...INPUTS, '--shard', `${k}/4`, '-o', part(k), '-f', FORMATS, '-q', '--jobs', '1'])).exit).toBe(0);
}, 60_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('--shard K/N and csc-tag merge', () => {
  it('write one partial report per part and nothing else', () => {
    for (let k = 1; k <= 4; k++) expect(readdirSync(part(k))).toEqual([`shard-${k}-of-4.jsonl`]);
  });

  it('split the inputs: every input is in exactly one part', () => {
    const inputsOf = (k: number): string[] => {
      const lines = readFileSync(join(part(k), `shard-${k}-of-4.jsonl`), 'utf8')
        .trim()
        .split('\n')
        .slice(1, -1);
      return [...new Set(lines.map((line) => (JSON.parse(line) as { input: string }).input))];
    };
    const all = [1, 2, 3, 4].flatMap(inputsOf);
    expect(new Set(all).size).toBe(all.length);
    const report = JSON.parse(readFileSync(join(temp, 'one', 'report.json'), 'utf8')) as { documents: { file: string }[]; skipped: { file: string }[] };
    const files = new Set([...report.documents.map((d) => d.file.replace(/#.*$/, '')), ...report.skipped.map((s) => s.file)]);
    expect(new Set(all)).toEqual(files);
    expect([1, 2, 3, 4].every((k) => inputsOf(k).length > 0)).toBe(true);
  });

  it('merge gives the bytes of one run, in every format', async () => {
    const merged = join(temp, 'merged');
    expect((await cli(['merge', part(3), part(1), part(4), part(2), '-o', merged, '-q'])).exit).toBe(0);
    const files = readdirSync(join(temp, 'one')).sort();
    expect(readdirSync(merged).sort()).toEqual(files);
    for (const file of files) expect(Buffer.compare(readFileSync(join(temp, 'one', file)), readFileSync(join(merged, file))), file).toBe(0);
  });

  it('merge --check compares the merged reports with committed ones and writes nothing', async () => {
    const parts = [1, 2, 3, 4].map((k) => part(k));
    const one = join(temp, 'one');
    const same = await cli(['merge', ...parts, '-o', one, '--check']);
    expect(same.exit).toBe(0);
    expect(same.stderr.split('\n').filter((l) => l.startsWith('csc-tag: check:'))).toHaveLength(readdirSync(one).length);
    const stale = join(temp, 'stale');
    mkdirSync(stale);
    for (const file of readdirSync(one)) writeFileSync(join(stale, file), readFileSync(join(one, file)));
    writeFileSync(join(stale, 'report.md'), 'edited by hand\n');
    const changed = await cli(['merge', ...parts, '-o', stale, '--check']);
    expect(changed.exit).toBe(1);
    expect(changed.stderr).toMatch(/check: 1 report out of date/);
    expect(readFileSync(join(stale, 'report.md'), 'utf8')).toBe('edited by hand\n');
  });

  it('merge keeps the exit code of a run: 0 with a skipped input, 1 under --strict', async () => {
    const parts = [1, 2, 3, 4].map((k) => part(k));
    expect((await cli(['merge', ...parts, '-o', join(temp, 'strict'), '-q', '--strict'])).exit).toBe(1);
  });

  it('refuses parts that do not make a whole run, in one line naming what is wrong', async () => {
    const some = await cli(['merge', part(1), part(2), part(4), '-o', join(temp, 'x')]);
    expect(some).toEqual({ exit: 2, stdout: '', stderr: 'csc-tag: part 3 of 4 is missing (give every shard-K-of-4.jsonl)\n' });
    const twice = await cli(['merge', part(1), part(1), part(2), part(3), part(4), '-o', join(temp, 'x')]);
    expect(twice.stderr).toMatch(/^csc-tag: part 1 of 4 is given twice: .*\n$/);
    // A part of another run: other formats.
    const other = join(temp, 'other');
    expect((await cli([...INPUTS, '--shard', '2/4', '-o', other, '-q'])).exit).toBe(0);
    const mixed = await cli(['merge', part(1), other, part(3), part(4), '-o', join(temp, 'x')]);
    expect(mixed.exit).toBe(2);
    expect(mixed.stderr).toMatch(/^csc-tag: .*shard-2-of-4\.jsonl: comes from a different run than .*shard-1-of-4\.jsonl/);
    // A part cut short, as by a job killed while writing.
    const cut = join(temp, 'cut');
    const whole = readFileSync(join(part(2), 'shard-2-of-4.jsonl'), 'utf8').split('\n');
    mkdirSync(cut);
    writeFileSync(join(cut, 'shard-2-of-4.jsonl'), whole.slice(0, 3).join('\n') + '\n');
    const short = await cli(['merge', part(1), cut, part(3), part(4), '-o', join(temp, 'x')]);
    expect(short.exit).toBe(2);
    expect(short.stderr).toMatch(/shard-2-of-4\.jsonl: ends before its last line: the run that wrote it did not finish\n$/);
    // Not a partial report at all: a report given by mistake.
    const report = await cli(['merge', join(temp, 'one', 'report.json'), '-o', join(temp, 'x')]);
    expect(report).toEqual({ exit: 2, stdout: '', stderr: `csc-tag: ${relative(ROOT, join(temp, 'one', 'report.json'))}: not a csc-tag partial report (written by csc-tag --shard K/N)\n` });
    // A part in the format of an older csc-tag, whose header lacks what this one needs (the themes' phrases).
    const older = join(temp, 'older');
    const [header, ...items] = whole;
    const first = JSON.parse(header!);
    delete first.meta.phrases;
    mkdirSync(older);
    writeFileSync(join(older, 'shard-2-of-4.jsonl'), [JSON.stringify({ ...first, cscTagPartial: 1 }), ...items].join('\n'));
    const old = await cli(['merge', part(1), older, part(3), part(4), '-o', join(temp, 'x')]);
    expect(old.exit).toBe(2);
    expect(old.stderr).toMatch(/^csc-tag: .*older\/shard-2-of-4\.jsonl: written by another version of csc-tag: tag this part again with this one\n$/);
    expect(readdirSync(temp)).not.toContain('x');
  });

  it('takes K/N with 1 <= K <= N only, and never with --check or --stdout', async () => {
    for (const bad of ['0/4', '5/4', '1/0', 'two', '1-4']) {
      const result = await cli(['seeds', '--shard', bad, '-o', join(temp, 'y')]);
      expect(result.exit, bad).toBe(2);
      expect(result.stderr).toMatch(/^csc-tag: --shard: .* is not a part K\/N of a corpus/);
    }
    expect((await cli(['seeds', '--shard', '1/2', '--check', '-o', join(temp, 'y')])).stderr).toMatch(/--shard: writes a partial report into --out/);
  });

  it('splits by a hash of the path alone, the same on every machine and in every version', () => {
    expect(['seeds/000_b113cb0048a6bf2d.txt', 'seeds/001_1cf6566048b1270c.txt', 'a.txt', '<stdin>'].map((name) => shardOf(name, 4))).toEqual([1, 3, 3, 4]);
  });
});
