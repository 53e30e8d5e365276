import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Report } from '../../src/model/schema.js';
import { ROOT } from '../helpers/corpus.js';
import { fakeIo } from './fake-io.js';

/**
 * Issue 27's round trip: run, fill three reviews in the written segments.csv,
 * rerun with --reviews: those three change and nothing else does, twice
 * byte-identical; edit one reviewed answer: that review is stale (reported,
 * not applied) and the others still apply.
 */

let temp: string;

async function cli(argv: string[]): Promise<{ exit: number; stdout: string; stderr: string }> {
  const fake = fakeIo({ cwd: temp });
  const exit = await run(argv, fake.io);
  return { exit, stdout: fake.stdout(), stderr: fake.stderr() };
}

const FILES = ['report.json', 'report.md', 'segments.csv', 'questions.csv', 'report.xlsx'];
const read = (out: string, name: string): Buffer => readFileSync(join(temp, out, name));
const rowsOf = (out: string): string[][] => parse(read(out, 'segments.csv'), { bom: true }) as string[][];
const report = (out: string): Report => JSON.parse(read(out, 'report.json').toString('utf8')) as Report;

/** The three reviews: a question segment's stance turned round, another's, and one segment's themes. */
let reviewed: { key: string; file: string; answer: string; stance: string }[] = [];

beforeAll(async () => {
  temp = realpathSync(mkdtempSync(join(tmpdir(), 'csc-tag-reviews-')));
  cpSync(join(ROOT, 'seeds'), join(temp, 'seeds'), { recursive: true });
  expect(await cli(['seeds', '-o', 'plain', '-f', 'json,md,csv,xlsx', '-q'])).toEqual({ exit: 0, stdout: '', stderr: '' });
  const rows = rowsOf('plain');
  const col = (name: string): number => rows[0]!.indexOf(name);
  const questions = rows.slice(1).filter((r) => r[col('kind')] === 'question' && r[col('stance')] !== 'none');
  const flip = (label: string): string => (label === 'disagree' ? 'agree' : 'disagree');
  // From different documents, so editing one answer leaves the other reviews' files alone.
  const picks = [questions[0]!, questions.find((r) => r[col('file')] !== questions[0]![col('file')])!, questions[questions.length - 1]!];
  picks[0]![col('review_stance')] = flip(picks[0]![col('stance')]!);
  picks[1]![col('review_stance')] = flip(picks[1]![col('stance')]!);
  picks[1]![col('review_note')] = '-the respondent says so in Q1';
  picks[2]![col('review_themes')] = 'none';
  reviewed = picks.map((r) => ({ key: r[col('key')]!, file: r[col('file')]!, answer: r[col('answer')]!, stance: r[col('review_stance')]! }));
  writeFileSync(join(temp, 'reviews.csv'), '\uFEFF' + stringify(rows));
  for (const out of ['reviewed', 'again']) expect((await cli(['seeds', '-o', out, '-f', 'json,md,csv,xlsx', '-q', '--reviews', 'reviews.csv'])).exit).toBe(0);
}, 60_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('--reviews', () => {
  it('twice gives byte-identical reports', () => {
    for (const name of FILES) expect(read('again', name).equals(read('reviewed', name)), name).toBe(true);
  });

  it('in parts (--shard) merges into the bytes of the reviewed run', async () => {
    for (const k of [1, 2]) expect((await cli(['seeds', '-f', 'json', '-q', '--reviews', 'reviews.csv', '--shard', `${k}/2`, '-o', `part${k}`])).exit).toBe(0);
    expect((await cli(['merge', 'part1', 'part2', '-o', 'merged', '-q'])).exit).toBe(0);
    expect(read('merged', 'report.json').equals(read('reviewed', 'report.json'))).toBe(true);
  });

  it('changes the three reviewed segments and nothing else', () => {
    const before = rowsOf('plain');
    const after = rowsOf('reviewed');
    const col = (name: string): number => before[0]!.indexOf(name);
    expect(after.length).toBe(before.length);
    const changed = after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i])).map((row) => row[col('key')]);
    expect(changed).toEqual(reviewed.map((r) => r.key));
    const byKey = new Map(after.map((row) => [row[col('key')], row]));
    expect(byKey.get(reviewed[0]!.key)![col('stance')]).toBe(reviewed[0]!.stance);
    expect(byKey.get(reviewed[0]!.key)![col('source')]).toBe('reviewed');
    expect(byKey.get(reviewed[2]!.key)!.filter((_, i) => before[0]![i]!.startsWith('theme_'))).toEqual(['0', '0', '0', '0']);
  });

  it('keeps the tagger reading beside the analyst label in report.json, and counts the reviews', () => {
    const plain = report('plain');
    const after = report('reviewed');
    expect(after.reviews).toEqual({ applied: 3, stale: [] });
    const segments = (r: Report) => r.documents.flatMap((d) => d.segments);
    const tagger = new Map(segments(plain).map((s) => [s.key, s]));
    for (const segment of segments(after)) {
      const own = tagger.get(segment.key)!;
      if (!segment.review) expect(segment).toEqual(own);
      else if (segment.review.stance) expect(segment.review.stance).toEqual(own.stance);
      else expect(segment.review.themes).toEqual(own.themes);
    }
    expect(segments(after).find((s) => s.key === reviewed[1]!.key)!.review!.note).toBe('-the respondent says so in Q1');
  });

  it('marks the reviewed labels in report.md', () => {
    const md = read('reviewed', 'report.md').toString('utf8');
    expect(md).toContain(`| ${reviewed[0]!.stance} (reviewed) |`);
    expect(md).toMatch(/## Reviews\n\n- Applied: 3\n- Stale \(not applied\): 0\n/);
  });

  it.each(['segments.csv', 'report.xlsx'])("the reviewed run's own %s goes back as the same reviews", async (name) => {
    expect((await cli(['seeds', '-o', 'carried', '-f', 'json,md,csv,xlsx', '-q', '--reviews', `reviewed/${name}`])).exit).toBe(0);
    for (const file of FILES) expect(read('carried', file).equals(read('reviewed', file)), file).toBe(true);
  });

  it('a review whose answer changed is stale, reported and not applied; the others still apply', async () => {
    const edited = reviewed[1]!;
    const source = join(temp, edited.file);
    const text = readFileSync(source, 'utf8');
    const firstLine = edited.answer.split('\n')[0]!;
    writeFileSync(source, text.replace(firstLine, `${firstLine} (edited)`));
    const result = await cli(['seeds', '-o', 'stale', '-f', 'json', '-q', '--reviews', 'reviews.csv']);
    expect(result.exit).toBe(0);
    expect(result.stderr).toContain(`csc-tag: stale review ${edited.key} (${edited.file} "`);
    expect(result.stderr).toContain('the answer has changed since it was reviewed; not applied');
    const after = report('stale');
    expect(after.reviews!.applied).toBe(2);
    expect(after.reviews!.stale).toEqual([{ key: edited.key, file: edited.file, question: expect.any(String), why: 'answer-changed' }]);
    const keys = new Set(after.documents.flatMap((d) => d.segments.filter((s) => s.review).map((s) => s.key)));
    expect(keys).toEqual(new Set([reviewed[0]!.key, reviewed[2]!.key]));
    expect((await cli(['seeds', '-o', 'strict', '-f', 'json', '-q', '--strict', '--reviews', 'reviews.csv'])).exit).toBe(1);
    writeFileSync(source, text);
  });

  it('can be named by the config file (its path relative to the file)', async () => {
    writeFileSync(join(temp, 'csc-tag.config.json'), JSON.stringify({ reviews: 'reviews.csv' }));
    try {
      expect((await cli(['seeds', '-o', 'configured', '-f', 'json,md,csv,xlsx', '-q'])).exit).toBe(0);
      expect(read('configured', 'report.json').equals(read('reviewed', 'report.json'))).toBe(true);
    } finally {
      rmSync(join(temp, 'csc-tag.config.json'));
    }
  });

  it('a key no segment has is stale as unknown', async () => {
    writeFileSync(join(temp, 'unknown.csv'), 'key,review_stance,file\naaaaaaaa-bbbbbbbb,agree,gone.txt\n');
    const result = await cli(['seeds', '--stdout', 'json', '--reviews', 'unknown.csv']);
    expect(result.exit).toBe(0);
    expect(result.stderr).toBe('csc-tag: stale review aaaaaaaa-bbbbbbbb (gone.txt): no segment has this key; not applied\n');
    expect((JSON.parse(result.stdout) as Report).reviews).toEqual({ applied: 0, stale: [{ key: 'aaaaaaaa-bbbbbbbb', file: 'gone.txt', question: null, why: 'unknown-key' }] });
  });

  it('eval --reviews scores the tagger against the analyst, from the paths or from a reviewed report', async () => {
    const fresh = await cli(['eval', '--reviews', 'reviews.csv', '--json', 'seeds']);
    const fromReport = await cli(['eval', '--reviews', 'reviews.csv', '--json', '--report', 'reviewed/report.json']);
    expect(fresh.exit).toBe(0);
    expect(fromReport.stdout).toBe(fresh.stdout);
    const agreement = JSON.parse(fresh.stdout) as { reviews: number; notFound: string[]; stance: { n: number; accuracy: number; confusion: Record<string, Record<string, number>> } };
    // Both reviewed stances turned the tagger's round, so it agrees with neither.
    expect(agreement).toMatchObject({ reviews: 3, notFound: [], stance: { n: 2, accuracy: 0 } });
    const gold = Object.values(agreement.stance.confusion).flatMap((row) => Object.entries(row));
    expect(gold.every(([tagger]) => tagger !== 'neutral' || true)).toBe(true);
    const text = await cli(['eval', '--reviews', 'reviews.csv', 'seeds']);
    expect(text.stdout).toMatch(/^reviews {7}3 read, 3 found in the corpus\nstance {8}n 2 {2}accuracy 0\.0%/);
  });

  it('eval --reviews scores the tagger against the analyst, from the paths or from a reviewed report', async () => {
    const fresh = await cli(['eval', '--reviews', 'reviews.csv', '--json', 'seeds']);
    const fromReport = await cli(['eval', '--reviews', 'reviews.csv', '--json', '--report', 'reviewed/report.json']);
    expect(fresh.exit).toBe(0);
    expect(fromReport.stdout).toBe(fresh.stdout);
    // Both reviewed stances turned the tagger's round, so it agrees with neither.
    expect(JSON.parse(fresh.stdout)).toMatchObject({ reviews: 3, notFound: [], stance: { n: 2, accuracy: 0 }, themes: { n: 1 } });
    const text = await cli(['eval', '--reviews', 'reviews.csv', 'seeds']);
    expect(text.stdout).toMatch(/^reviews {7}3 read, 3 found in the corpus\nstance {8}n 2 {2}accuracy 0\.0%/);
  });

  it.each([
    ['key,stance\nx,agree\n', 'reviews.bad.csv: the first row must name a `key` column and `review_stance` and/or `review_themes`'],
    ['key,review_stance\nnot-a-key,agree\n', 'reviews.bad.csv: row 2: key "not-a-key" is not a segment key (the key column of segments.csv)'],
    ['key,review_stance\naaaaaaaa-bbbbbbbb,agre\n', 'reviews.bad.csv: row 2: review_stance "agre" is not a stance (agree, neutral, disagree, none)'],
    ['key,review_themes\naaaaaaaa-bbbbbbbb,funding;money\n', 'reviews.bad.csv: row 2: review_themes: "money" is not a theme of the rules'],
    ['key,review_stance\naaaaaaaa-bbbbbbbb,agree\naaaaaaaa-bbbbbbbb,disagree\n', 'reviews.bad.csv: row 3: key aaaaaaaa-bbbbbbbb is reviewed differently in row 2'],
  ])('a mistake in the reviews file is a one-line error naming its row, and nothing is written: %j', async (content, message) => {
    writeFileSync(join(temp, 'reviews.bad.csv'), content);
    const result = await cli(['seeds', '-o', 'never', '--reviews', 'reviews.bad.csv']);
    expect(result.exit).toBe(2);
    expect(result.stderr).toContain(`csc-tag: ${message}`);
    expect(() => readFileSync(join(temp, 'never', 'report.json'))).toThrow();
  });
});
