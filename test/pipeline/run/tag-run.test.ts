import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeRun } from '../../../src/pipeline/run/merge-run.js';
import type { RunObserver } from '../../../src/pipeline/run/observer.js';
import { tagRun } from '../../../src/pipeline/run/tag-run.js';
import { CscTagError } from '../../../src/model/errors.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-run-'));
  fs.mkdirSync(path.join(dir, 'in'));
  fs.writeFileSync(path.join(dir, 'in', 'a.txt'), 'Question 1: Do you agree with the proposal?\n\nAgree. It would help families.\n');
  fs.writeFileSync(path.join(dir, 'in', 'b.txt'), 'Question 1: Do you agree with the proposal?\n\nDisagree.\n');
  fs.writeFileSync(path.join(dir, 'in', 'c.bin'), new Uint8Array([0, 1, 2, 3]));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An observer that records what it is told, in order. */
function recorder(): { events: string[]; observer: RunObserver } {
  const events: string[] = [];
  return {
    events,
    observer: {
      begin: (inputs) => events.push(`begin ${inputs.files.length}`),
      ignored: (files) => events.push(`ignored ${files.join(',')}`),
      skipped: (s) => events.push(`skipped ${s.file} ${s.code}`),
      progress: () => events.push('progress'),
      settled: () => events.push('settled'),
    },
  };
}

describe('tagRun: the main job as a library call', () => {
  it('publishes the reports into out and tells an observer what happens, writing nothing to stdout or stderr', async () => {
    const { events, observer } = recorder();
    const result = await tagRun(['in'], { cwd: dir, out: 'reports', mode: 'publish' }, observer);
    expect(result.outcome).toBe('written');
    expect(result.built.files.map((f) => path.relative(dir, f)).sort()).toEqual(['reports/report.json', 'reports/report.md']);
    expect(fs.existsSync(path.join(dir, 'reports', 'report.json'))).toBe(true);
    expect(result.built.summary.documents).toBe(2);
    expect(events).toEqual(['begin 2', 'ignored in/c.bin', 'progress', 'progress', 'settled']);
  });

  it('check: unchanged reports are written, an edited one is stale; strict makes a skipped input count', async () => {
    fs.writeFileSync(path.join(dir, 'in', 'd.txt'), new Uint8Array([0x41, 0, 0x42]));
    await tagRun(['in'], { cwd: dir, out: 'reports', mode: 'publish' });
    const same = await tagRun(['in'], { cwd: dir, out: 'reports', mode: 'check' });
    expect(same.outcome).toBe('written');
    expect(same.checked?.map((c) => c.comparison.state)).toEqual(['same', 'same']);
    expect((await tagRun(['in'], { cwd: dir, out: 'reports', mode: 'check', strict: true })).outcome).toBe('skipped');
    fs.appendFileSync(path.join(dir, 'reports', 'report.md'), 'edited\n');
    const stale = await tagRun(['in'], { cwd: dir, out: 'reports', mode: 'check' });
    expect(stale.outcome).toBe('stale');
    expect(stale.checked?.find((c) => c.file.endsWith('report.md'))?.comparison.state).toBe('differs');
  });

  it('print: returns the one report asked for and writes no folder', async () => {
    const result = await tagRun(['in/a.txt'], { cwd: dir, out: 'reports', mode: 'print', formats: ['csv'] });
    expect(new TextDecoder().decode(result.printed).split('\n')[0]).toMatch(/^file,id,key,/);
    expect(fs.existsSync(path.join(dir, 'reports'))).toBe(false);
  });

  it('a run whose every input is skipped publishes nothing and says so in its outcome', async () => {
    const result = await tagRun(['in/c.bin'], { cwd: dir, out: 'reports', mode: 'publish' });
    expect(result.outcome).toBe('nothing-tagged');
    expect(result.built.files).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'reports'))).toEqual([]);
  });

  it.each([
    [{ formats: ['pdf' as never] }, /^formats: unknown format "pdf"/],
    [{ formats: [] }, /^formats: expected at least one format/],
    [{ mode: 'print' as const, formats: ['json' as const, 'md' as const] }, /^formats: mode print prints exactly one format/],
    [{ mode: 'check' as const, shard: { index: 1, count: 2 } }, /^shard: writes a partial report into out, so it cannot go with mode check/],
    [{ jobs: 0 }, /^jobs: expected a whole number/],
  ])('options a run cannot take are a usage error before any work: %j', async (bad, message) => {
    const error = await tagRun(['in'], { cwd: dir, out: 'reports', mode: 'publish', ...bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CscTagError);
    expect(error).toMatchObject({ code: 'usage' });
    expect((error as Error).message).toMatch(message);
    expect(fs.existsSync(path.join(dir, 'reports'))).toBe(false);
  });

  it('no input is a CscTagError a person can act on', async () => {
    await expect(tagRun(['nowhere'], { cwd: dir, out: 'reports', mode: 'publish' })).rejects.toThrow(CscTagError);
  });

  it('mergeRun joins the parts of a sharded run into the bytes one run writes', async () => {
    await tagRun(['in'], { cwd: dir, out: 'whole', mode: 'publish', formats: ['json', 'csv'] });
    for (const index of [1, 2]) await tagRun(['in'], { cwd: dir, out: `p${index}`, mode: 'publish', formats: ['json', 'csv'], shard: { index, count: 2 } });
    const merged = await mergeRun(['p1', 'p2'], { cwd: dir, out: 'merged', mode: 'publish' });
    expect(merged.outcome).toBe('written');
    for (const file of ['report.json', 'segments.csv']) {
      expect(fs.readFileSync(path.join(dir, 'merged', file), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'whole', file), 'utf8'));
    }
  });
});
