// Bundles the CLI into one file, dist/cli/csc-tag.mjs, which bin/csc-tag.js loads.
// Node's ESM loader resolves, reads and links each of the 200-odd files the
// CLI loads at start-up (zod's alone take 70 ms) one by one; one file starts
// about 0.1 s sooner. The library (dist/index.js) and the worker threads'
// script (dist/pipeline/tag-worker.js) stay as tsc wrote them. The bundle sits
// one folder below dist/, as every bundled module does, so the paths they
// resolve from import.meta.url (package.json, the worker script) hold in both.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [path.join(ROOT, 'dist/cli/main.js')],
  outfile: path.join(ROOT, 'dist/cli/csc-tag.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled CommonJS packages (commander) call require for Node's built-ins, which an ES module lacks.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  // The readers' big libraries are imported only when a file of theirs is read: left out of the
  // bundle, they load from node_modules then, and a run over text files never parses them.
  // wink-nlp and its model (4 MB) serve the reading of a voice and theme discovery, which load them when they run.
  external: ['unpdf', 'mammoth', 'postal-mime', 'rehype-parse', 'word-extractor', '@kenjiuno/msgreader', '@kenjiuno/decompressrtf', 'rtf-stream-parser', 'wink-nlp', 'wink-eng-lite-web-model'],
  logLevel: 'warning',
});
