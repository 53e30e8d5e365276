// Stems every word of the polarity lexicons once, at build time, into dist/lexicon-stems.json, which the
// rule compiler reads instead of stemming them at every start (src/rules/compile-argument.ts). The words
// still come from their published packages; this file only saves the stemming.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexiconWords } from '../dist/rules/compile-argument.js';
import { porterStem } from '../dist/text/natural.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stems = Object.fromEntries(Object.entries(lexiconWords()).map(([name, words]) => [name, Object.fromEntries(words.map((w) => [w, porterStem(w)]))]));
fs.writeFileSync(path.join(ROOT, 'dist/lexicon-stems.json'), JSON.stringify(stems));
