import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagCorpus } from '../../src/corpus.js';
import { discoverInputs } from '../../src/read/discover.js';
import { QuestionAligner } from '../../src/questions/align.js';
import { formatJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/schema.js';
import { SummaryBuilder } from '../../src/report/summary.js';
import { loadCompiledRules } from '../../src/rules/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared folder (gold files, scorer) sits beside the repository, as in CI. */
export const SHARED = path.resolve(ROOT, '../shared');

/** Tags `paths` (relative to the repo root) in memory and returns the report, as the CLI would write it. */
export async function reportFor(paths: string[]): Promise<Report> {
  const rules = loadCompiledRules();
  const inputs = await discoverInputs(paths, { cwd: ROOT });
  const summary = new SummaryBuilder(rules.themes);
  const report: Report = {
    schemaVersion: 1,
    generator: { name: 'csc-tag', version: 'test' },
    themes: [...rules.themes],
    documents: [],
    questions: [],
    unmatchedQuestions: [],
    skipped: [],
    summary: summary.build(),
  };
  const aligner = new QuestionAligner(rules.themes);
  for await (const item of tagCorpus(inputs, { cwd: ROOT, maxFileSize: 10e6, rules })) {
    if (item.ok) {
      report.documents.push(item.document);
      summary.addDocument(item.document);
      aligner.addDocument(item.document);
    } else report.skipped.push(item.skipped);
  }
  report.summary = summary.build();
  Object.assign(report, aligner.result());
  return JSON.parse(formatJson(report)) as Report;
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
