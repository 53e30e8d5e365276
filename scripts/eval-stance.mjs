// Stance accuracy on the two development sets, measured as the rules will be judged: on consultations and
// proposals they were not written for.
// - ../shared/public-dev: 720 answers to position questions from 24 consultations, in the public's and
//   organisations' voices; six folds of four consultations (sorted by name, every sixth to a fold).
// - ../shared/stance-dev: 20,974 arguments about 49 proposals; the proposals dealt into folds the same way.
// Each fold is built into a temporary folder with the set's own build script and scored by `csc-tag eval`.
// Prints each fold's accuracy, macro-F1 and its answers at confidence >= 0.8, then the whole set's accuracy by
// confidence band; never a pass or fail.
// usage: npm run eval:stance [-- --folds 5] [--public-folds 6] [--every 1] [--only public|stance] [--json]
// stance-dev is CC BY-SA 3.0 (IBM Debater IBM-ArgQ-Rank-30kArgs, Gretz et al., AAAI 2020): both sets are read
// where they lie and built into a temporary folder, never copied into the project.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const only = opt('--only', '');
const cli = path.join(ROOT, 'bin/csc-tag.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-stance-'));

const SETS = [
  {
    name: 'public',
    title: 'public-dev: leave consultations out',
    dir: path.join(SHARED, 'public-dev'),
    folds: Number(opt('--public-folds', '6')),
    groups: (dir) =>
      execFileSync('node', [path.join(dir, 'build.mjs'), '--list'], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .sort(),
    build: (dir, out, mine) => ['--consultations', mine.join('|')],
  },
  {
    name: 'stance',
    title: 'stance-dev: leave proposals out',
    dir: path.join(SHARED, 'stance-dev'),
    folds: Number(opt('--folds', '5')),
    // The proposals, read from the set's own table (its `topic` column) rather than from a build of all of it.
    groups: (dir) => [...new Set(parse(fs.readFileSync(path.join(dir, 'arguments.csv')), { columns: true, skip_empty_lines: true }).map((r) => r.topic))].sort(),
    build: (dir, out, mine) => ['--topics', mine.join('|'), '--every', opt('--every', '1')],
  },
];

function runSet(set) {
  const groups = set.groups(set.dir);
  const results = [];
  for (let k = 0; k < set.folds; k++) {
    const mine = groups.filter((_, i) => i % set.folds === k);
    const dir = path.join(tmp, `${set.name}${k + 1}`);
    execFileSync('node', [path.join(set.dir, 'build.mjs'), dir, ...set.build(set.dir, dir, mine)], { stdio: 'ignore' });
    const out = execFileSync('node', [cli, 'eval', '--json', '--gold', path.join(dir, 'gold.json'), path.join(dir, 'docs')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const { stance } = JSON.parse(out);
    results.push({ fold: k + 1, groups: mine.length, n: stance.all.n, accuracy: stance.all.accuracy, macroF1: stance.all.macroF1, coverage: stance.coverage, bands: stance.bands });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

const pct = (x) => (x == null ? '  n/a' : (100 * x).toFixed(1).padStart(5));

function print(set, results) {
  console.log(`\n${set.title}`);
  console.log('fold  groups      n  accuracy  macro-F1   conf>=0.8: share  right');
  for (const r of results) {
    const c8 = r.coverage.find((c) => c.minConfidence === 0.8);
    console.log(
      `${String(r.fold).padStart(4)}  ${String(r.groups).padStart(6)}  ${String(r.n).padStart(5)}  ${pct(r.accuracy)}     ${pct(r.macroF1)}            ${pct(c8.coverage)}  ${pct(c8.accuracy)}`,
    );
  }
  const total = results.reduce((t, r) => t + r.n, 0);
  const right = results.reduce((t, r) => t + r.accuracy * r.n, 0);
  console.log(` all  ${String(results.reduce((t, r) => t + r.groups, 0)).padStart(6)}  ${String(total).padStart(5)}  ${pct(right / total)}`);
  console.log('accuracy by confidence band, all folds:');
  for (const [i, band] of results[0].bands.entries()) {
    const rows = results.map((r) => r.bands[i]);
    const n = rows.reduce((t, b) => t + b.n, 0);
    const ok = rows.reduce((t, b) => t + (b.accuracy ?? 0) * b.n, 0);
    console.log(`  ${band.from.toFixed(1)}-${band.to.toFixed(1)}: ${pct(n / total)}% of answers, ${pct(n ? ok / n : null)}% right (n ${n})`);
  }
  console.log('accuracy-coverage, all folds:');
  for (const step of results[0].coverage.map((c) => c.minConfidence)) {
    const rows = results.map((r) => r.coverage.find((c) => c.minConfidence === step));
    const n = rows.reduce((t, c) => t + c.n, 0);
    const ok = rows.reduce((t, c) => t + (c.accuracy ?? 0) * c.n, 0);
    console.log(`  confidence >= ${step.toFixed(1)}: ${pct(n / total)}% of answers, ${pct(n ? ok / n : null)}% right`);
  }
}

try {
  const all = {};
  for (const set of SETS) {
    if (only && set.name !== only) continue;
    if (!fs.existsSync(path.join(set.dir, 'build.mjs'))) {
      console.error(`eval:stance: the development set is not at ${set.dir}`);
      process.exitCode = 2;
      continue;
    }
    all[set.name] = runSet(set);
    if (!args.includes('--json')) print(set, all[set.name]);
  }
  if (args.includes('--json')) console.log(JSON.stringify(all, null, 2));
  else console.log('\nstance-dev source: IBM Debater IBM-ArgQ-Rank-30kArgs (Gretz et al., AAAI 2020), CC BY-SA 3.0, via ../shared/stance-dev.');
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
