import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tagCorpus } from '../../src/pipeline/corpus.js';
import { discoverInputs } from '../../src/read/discover.js';
import { formatJson } from '../../src/report/json.js';
import { buildReport } from '../../src/totals/run-totals.js';
import type { DocumentReport, Report, Skipped } from '../../src/model/schema.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The shared folder sits beside the repository in CI, but not in every
 * clone: tests read their copies in fixtures/ and use the shared folder's
 * independent scorer only when it is there.
 */
export const SHARED = path.resolve(ROOT, '../shared');
/** ../shared/gold/seeds.gold.json, copied (fixtures/gold/README.md). */
export const SEED_GOLD = path.join(ROOT, 'fixtures/gold/seeds.gold.json');
const SCORER = path.join(SHARED, 'tools/score.mjs');
/** Why the comparisons with ../shared/tools/score.mjs are skipped, or undefined when they run. */
export const NO_SCORER = fs.existsSync(SCORER) ? undefined : `${path.relative(ROOT, SCORER)} is absent (no ../shared beside this clone)`;

export async function independentScorer<T>(): Promise<T> {
  return ((await import(pathToFileURL(SCORER).href)) as { score: T }).score;
}

/** Tags `paths` (relative to the repo root) in memory and returns the report, as the CLI would write it. */
export async function reportFor(paths: string[]): Promise<Report> {
  const rules = loadCompiledRules();
  const inputs = await discoverInputs(paths, { cwd: ROOT });
  const documents: DocumentReport[] = [];
  const skipped: Skipped[] = [];
  for await (const item of tagCorpus(inputs, { cwd: ROOT, maxFileSize: 10e6, rules })) {
    if (item.ok) documents.push(item.document);
    else skipped.push(item.skipped);
  }
  const report = buildReport(documents, skipped, { generator: { name: 'csc-tag', version: 'test' }, themes: rules.themes });
  return JSON.parse(formatJson(report)) as Report;
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
