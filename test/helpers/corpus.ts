import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagCorpus } from '../../src/pipeline/corpus.js';
import { discoverInputs } from '../../src/read/discover.js';
import { formatJson } from '../../src/report/json.js';
import { buildReport } from '../../src/totals/run-totals.js';
import type { DocumentReport, Report, Skipped } from '../../src/model/schema.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared folder (gold files, scorer) sits beside the repository, as in CI. */
export const SHARED = path.resolve(ROOT, '../shared');

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
