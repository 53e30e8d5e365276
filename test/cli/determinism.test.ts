import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { Report } from '../../src/model/schema.js';
import { formatJson } from '../../src/report/json.js';
import { fakeIo } from './fake-io.js';

/**
 * The same inputs give the same bytes: two runs over the seeds, in-process,
 * into two fresh folders. Reports hold no date, timing or absolute path, and
 * documents are ordered by path, never by the order a folder lists them.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILES = ['questions.csv', 'report.json', 'report.md', 'segments.csv'];

let temp: string;
const outs: string[] = [];

async function cli(argv: string[]): Promise<{ exit: number; stdout: string; stderr: string }> {
  const fake = fakeIo({ cwd: ROOT });
  const exit = await run(argv, fake.io);
  return { exit, stdout: fake.stdout(), stderr: fake.stderr() };
}

beforeAll(async () => {
  temp = realpathSync(mkdtempSync(join(tmpdir(), 'csc-tag-determinism-')));
  for (const name of ['first', 'second']) {
    const out = join(temp, name);
    expect(await cli(['seeds', '-o', out, '-f', 'json,md,csv', '-q'])).toEqual({ exit: 0, stdout: '', stderr: '' });
    outs.push(out);
  }
}, 60_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const read = (out: string, file: string): Buffer => readFileSync(join(out, file));

describe('determinism over the seeds', () => {
  it('writes exactly the requested reports', () => {
    for (const out of outs) expect(readdirSync(out).sort()).toEqual(FILES);
  });

  it.each(FILES)('two runs give byte-identical %s', (file) => {
    const [first, second] = outs.map((out) => read(out, file));
    expect(first!.length).toBeGreaterThan(0);
    expect(Buffer.compare(first!, second!), `${file} differs between runs`).toBe(0);
  });

  it('the streamed report.json is what formatJson makes of the report it holds', () => {
    const text = read(outs[0]!, 'report.json').toString('utf8');
    expect(text).toBe(formatJson(JSON.parse(text) as Report));
  });

  it('every report.json validates with the Report schema, which strips nothing', () => {
    for (const out of outs) {
      const data: unknown = JSON.parse(read(out, 'report.json').toString('utf8'));
      const parsed = Report.safeParse(data);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toEqual(data);
    }
  });

  it.each([
    ['json', 'report.json'],
    ['md', 'report.md'],
    ['csv', 'segments.csv'],
  ])('--stdout %s prints exactly the bytes of %s', async (format, file) => {
    const streamed = await cli(['--stdout', format, 'seeds']);
    expect({ exit: streamed.exit, stderr: streamed.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(streamed.stdout === read(outs[0]!, file).toString('utf8'), `--stdout ${format} differs from ${file}`).toBe(true);
    if (format === 'json') Report.parse(JSON.parse(streamed.stdout));
  });

  it('naming the files one by one, in reverse, gives the same report as naming the folder', async () => {
    const seeds = readdirSync(join(ROOT, 'seeds'))
      // seeds/.csc-tagignore keeps seeds/README.md out of folder searches.
      .filter((f) => /\.(?:txt|md|markdown)$/i.test(f) && f !== 'README.md')
      .sort()
      .reverse()
      .map((f) => `seeds/${f}`);
    const streamed = await cli(['--stdout', 'json', ...seeds]);
    expect(streamed.exit).toBe(0);
    expect(streamed.stdout === read(outs[0]!, 'report.json').toString('utf8'), 'report depends on argument order').toBe(true);
  });
});
