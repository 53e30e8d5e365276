import fs from 'node:fs';
import path from 'node:path';
import { readDocument } from '../dist/read/read-document.js';
import { loadCompiledRules } from '../dist/rules/index.js';
import { tagDocument } from '../dist/tag-document.js';
const dir = process.argv[2];
const rules = loadCompiledRules();
const files = fs.readdirSync(dir).sort().map((f) => path.join(dir, f));
const docs = files.map((f) => readDocument(f, { cwd: '/', maxFileSize: 1e9 }));
for (let r = 0; r < 2; r++) {
  const t = performance.now();
  for (const d of docs) await tagDocument(d, rules);
  console.log('tag ms', (performance.now() - t).toFixed(0));
}
