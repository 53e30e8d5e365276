// Stance accuracy on the development set (../shared/stance-dev), measured as the rules will be judged: on
// proposals they were not written for. The 49 proposals are dealt into folds (sorted by name, every Nth to
// a fold); each fold is built into a temporary folder with the set's own build script and scored by
// `csc-tag eval`. Prints each fold's accuracy, macro-F1 and accuracy-coverage; never a pass or fail.
// usage: npm run eval:stance [-- --folds 5] [--every 1] [--json]
// The set is CC BY-SA 3.0 (IBM Debater IBM-ArgQ-Rank-30kArgs, Gretz et al., AAAI 2020): it is read where it
// lies and built into a temporary folder, never copied into the project.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV = path.resolve(ROOT, '../shared/stance-dev');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const folds = Number(opt('--folds', '5'));
const every = opt('--every', '1');
if (!fs.existsSync(path.join(DEV, 'build.mjs'))) {
  console.error(`eval:stance: the development set is not at ${DEV}`);
  process.exit(2);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-stance-'));
const cli = path.join(ROOT, 'bin/csc-tag.js');
try {
  // The proposals, read from the set's own table (its `topic` column) rather than from a build of all of it.
  const rows = parse(fs.readFileSync(path.join(DEV, 'arguments.csv')), { columns: true, skip_empty_lines: true });
  const topics = [...new Set(rows.map((r) => r.topic))].sort();
  const results = [];
  for (let k = 0; k < folds; k++) {
    const mine = topics.filter((_, i) => i % folds === k);
    const dir = path.join(tmp, `fold${k + 1}`);
    execFileSync('node', [path.join(DEV, 'build.mjs'), dir, '--topics', mine.join('|'), '--every', every], { stdio: 'ignore' });
    const out = execFileSync('node', [cli, 'eval', '--json', '--gold', path.join(dir, 'gold.json'), path.join(dir, 'docs')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const { stance } = JSON.parse(out);
    results.push({ fold: k + 1, proposals: mine.length, n: stance.all.n, accuracy: stance.all.accuracy, macroF1: stance.all.macroF1, coverage: stance.coverage });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else {
    const pct = (x) => (x == null ? '  n/a' : (100 * x).toFixed(1).padStart(5));
    console.log('fold  proposals      n  accuracy  macro-F1   conf>=0.8: share  right');
    for (const r of results) {
      const c8 = r.coverage.find((c) => c.minConfidence === 0.8);
      console.log(
        `${String(r.fold).padStart(4)}  ${String(r.proposals).padStart(9)}  ${String(r.n).padStart(5)}  ${pct(r.accuracy)}     ${pct(r.macroF1)}            ${pct(c8.coverage)}  ${pct(c8.accuracy)}`,
      );
    }
    console.log('\naccuracy-coverage, all folds:');
    for (const step of results[0].coverage.map((c) => c.minConfidence)) {
      const rows = results.map((r) => r.coverage.find((c) => c.minConfidence === step));
      const n = rows.reduce((t, c) => t + c.n, 0);
      const total = results.reduce((t, r) => t + r.n, 0);
      const right = rows.reduce((t, c) => t + (c.accuracy ?? 0) * c.n, 0);
      console.log(`  confidence >= ${step.toFixed(1)}: ${pct(n / total)}% of answers, ${pct(n ? right / n : null)}% right`);
    }
    console.log('\nSource: IBM Debater IBM-ArgQ-Rank-30kArgs (Gretz et al., AAAI 2020), CC BY-SA 3.0, via ../shared/stance-dev.');
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
