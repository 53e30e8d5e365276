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

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = flag('--rows', '10000,100000').split(',').map(Number);
const format = flag('--format', 'json,md,csv');

const CLOSED = ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree', ''];
const EXPLAIN = [
  'We welcome the proposal: care leavers need stable support into their twenties.',
  'Caseloads are already too high for social workers, so this will not work without funding.',
  'Kinship carers need financial support to keep children with their families.',
  '',
  'We see merit in it but worry about the workforce, which is stretched across local authorities.',
];
const OPEN = ['More support for foster carers.', '', 'Multi-agency working between health, police and schools must improve.', 'Nothing to add.'];
const TYPES = ['Individual', 'Organisation'];
const REGIONS = ['London', 'North East', 'North West', 'South West', 'Midlands', 'Wales'];
const quote = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function writeExport(file, rows) {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(
    fd,
    [
      'Response ID',
      'Are you responding as an individual or an organisation?',
      'Region',
      'Q1 - Do you agree or disagree with the proposal?',
      'Q1 - Please explain your answer',
      'Q2 - What else should the government consider?',
    ].join(',') + '\n',
  );
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    // A varied but deterministic mix: the row number picks each answer.
    chunk +=
      [10000 + i, TYPES[i % 2], REGIONS[(i * 7) % 6], CLOSED[(i * 5) % 6], `${EXPLAIN[(i * 3) % 5]}${i % 11 === 0 ? ` Respondent ${i} adds more.` : ''}`, OPEN[(i * 13) % 4]]
        .map(String)
        .map(quote)
        .join(',') + '\n';
    if (chunk.length > 1e6) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}

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
