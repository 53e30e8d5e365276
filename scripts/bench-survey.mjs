// npm run build && node scripts/bench-survey.mjs [--rows 10000,100000] [--format json,md,csv]
// Writes survey exports of each size (one respondent a row: id, two attributes,
// a closed question with its explanation, an open question) into a temporary
// folder and tags each end to end, printing time and peak RSS. Rows are
// streamed, so peak memory should barely grow with the number of rows.
// Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeExport } from './make-survey.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = flag('--rows', '10000,100000').split(',').map(Number);
const format = flag('--format', 'json,md,csv');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-bench-survey-'));
try {
  for (const rows of sizes) {
    const file = path.join(tmp, `responses-${rows}.csv`);
    writeExport(file, rows);
    const out = path.join(tmp, `out-${rows}`);
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bench-child.mjs'), file, '-o', out, '-q', '-f', format, '--jobs', '1'], { encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0) throw new Error(`csc-tag failed (${run.status}): ${run.stderr.slice(-500)}`);
    const { maxRssKb } = JSON.parse(/BENCH (.*)$/m.exec(run.stderr)[1]);
    const report = fs.statSync(path.join(out, 'report.json')).size;
    console.log(
      `${rows} rows (${(fs.statSync(file).size / 1e6).toFixed(1)} MB of CSV, ${(report / 1e6).toFixed(0)} MB report.json): ` +
        `${seconds.toFixed(1)} s, ${Math.round(rows / seconds)} rows/s, peak RSS ${(maxRssKb / 1024).toFixed(0)} MB`,
    );
    fs.rmSync(out, { recursive: true, force: true });
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
