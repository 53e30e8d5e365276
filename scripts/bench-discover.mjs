// npm run build && node scripts/bench-discover.mjs [--rows 20000]
// Times theme discovery and campaign detection alone, against tagging the same
// survey export (scripts/make-survey.mjs) on one thread: the rows are tagged in
// process, then their digests are handed to discovery, each stage timed apart.
// Prints figures; asserts nothing. scripts/bench.mjs calls timeDiscovery too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeExport } from './make-survey.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (file) => import(pathToFileURL(path.join(ROOT, 'dist', file)).href);

/** Seconds to tag `file` (a survey export) and seconds for discovery over its answers, with the heap discovery's numbers take. */
export async function timeDiscovery(file) {
  const { tagInput } = await dist('pipeline/corpus.js');
  const { loadCompiledRules } = await dist('pipeline/load-rules.js');
  const { digestOf } = await dist('totals/digest.js');
  const { QuestionAligner } = await dist('questions/align.js');
  const { Discovery } = await dist('discover/discovery.js');
  const { DEFAULT_DISCOVERY } = await dist('discover/options.js');
  const rules = loadCompiledRules();
  const aligner = new QuestionAligner(rules.themes);
  const discovery = new Discovery(DEFAULT_DISCOVERY);
  let tagging = 0n;
  let discovering = 0n;
  let answers = 0;
  let started = process.hrtime.bigint();
  for await (const item of tagInput(path.basename(file), { cwd: path.dirname(file), maxFileSize: 1e9, rules })) {
    const now = process.hrtime.bigint();
    tagging += now - started;
    if (item.ok) {
      const digest = digestOf(item.document, item.text);
      const joined = aligner.addDocument(digest);
      const batch = digest.segments.filter((s) => joined.has(s.id)).map((segment) => ({ group: joined.get(segment.id), segment, span: segment.answerSpan }));
      answers += batch.length;
      const t = process.hrtime.bigint();
      discovery.addDocument(digest.file, batch, undefined);
      discovering += process.hrtime.bigint() - t;
    }
    started = process.hrtime.bigint();
  }
  const questions = aligner.result().questions.map((q) => q.text);
  const t = process.hrtime.bigint();
  const result = discovery.result(questions);
  discovering += process.hrtime.bigint() - t;
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  discovery.close();
  aligner.close();
  const themes = result.groups.reduce((n, g) => n + g.discovered.themes.length, 0);
  return { answers, themes, campaigns: result.campaigns.length, tagSeconds: Number(tagging) / 1e9, discoverSeconds: Number(discovering) / 1e9, heapMb };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--rows');
  const rows = i >= 0 ? Number(process.argv[i + 1]) : 20_000;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-bench-discover-'));
  try {
    const file = path.join(tmp, `responses-${rows}.csv`);
    writeExport(file, rows);
    const r = await timeDiscovery(file);
    console.log(
      `${rows} rows, ${r.answers} answers: tagging ${r.tagSeconds.toFixed(2)} s, discovery ${r.discoverSeconds.toFixed(2)} s ` +
        `(${(r.discoverSeconds / r.tagSeconds).toFixed(2)}x), ${r.themes} themes, ${r.campaigns} campaigns, heap after ${r.heapMb.toFixed(0)} MB`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
