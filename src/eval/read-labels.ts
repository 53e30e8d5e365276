import fs from 'node:fs';
import path from 'node:path';
import { CscTagError } from '../model/errors.js';
import { Report } from '../model/schema.js';
import { formatIssues } from '../rules/load.js';
import { GoldFile, goldFromReport } from './gold.js';

function readJson(file: string, cwd: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CscTagError('labels-invalid', code ? `cannot read (${code})` : `not valid JSON: ${(error as Error).message}`, file);
  }
}

/** A csc-tag report.json, whole (eval --reviews reads its segments' keys). */
export function readLabelsReport(file: string, cwd: string): Report {
  const report = Report.safeParse(readJson(file, cwd));
  if (!report.success) throw new CscTagError('labels-invalid', `not a csc-tag report.json: ${formatIssues(report.error)}`, file);
  return report.data;
}

/** Labels from a file: a gold file (csc-gold/1), or a csc-tag report.json seen as labels. */
export function readLabels(file: string, cwd: string): GoldFile {
  const data = readJson(file, cwd);
  const gold = GoldFile.safeParse(data);
  if (gold.success) return gold.data;
  const report = Report.safeParse(data);
  if (report.success) return goldFromReport(report.data);
  throw new CscTagError('labels-invalid', `neither a gold file (csc-gold/1) nor a csc-tag report: ${formatIssues(gold.error)}`, file);
}
