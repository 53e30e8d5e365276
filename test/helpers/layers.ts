import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The folders of src/, top to bottom: a file may import its own folder and
 * folders below its own, never one above or beside it. src/index.ts, the
 * library's entry, sits over all of them.
 */
export const LAYERS = ['cli', 'pipeline', 'publish', 'report', 'totals', 'discover', 'questions', 'eval', 'classify', 'segment', 'read', 'rules', 'text', 'model'] as const;
const ENTRY = 'index.ts';
/** Packages only the command line may load. */
const CLI_ONLY = new Set(['commander', 'chalk']);

/** Each source file's text by its path under src/ (`rules/load.ts`), with `/` separators. */
export function readSources(srcDir: string): Map<string, string> {
  const sources = new Map<string, string>();
  for (const entry of fs.readdirSync(srcDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = path.relative(srcDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    sources.set(file, fs.readFileSync(path.join(srcDir, file), 'utf8'));
  }
  return sources;
}

/** Every import, export-from and dynamic import of a file, as written, found by TypeScript's own parser. */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

const layerOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '');
const rank = (layer: string): number => LAYERS.indexOf(layer as (typeof LAYERS)[number]);

/** One line per import that points up or sideways, or file outside any layer; none when the layering holds. */
export function layerViolations(sources: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, text] of sources) {
    const from = layerOf(file);
    if (file === ENTRY) continue;
    if (rank(from) < 0) {
      problems.push(`src/${file} is in no layer: move it into one of ${LAYERS.join(', ')}`);
      continue;
    }
    for (const spec of importsOf(text)) {
      if (!spec.startsWith('.')) {
        const pkg = spec.split('/')[0]!;
        if (CLI_ONLY.has(pkg) && from !== 'cli') problems.push(`src/${file} imports ${spec}: only cli may load ${pkg}`);
        continue;
      }
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const to = layerOf(target);
      if (to === from) continue;
      if (target === ENTRY.replace(/\.ts$/, '.js') || rank(to) < 0) {
        problems.push(`src/${file} imports ${spec}: ${from} may import only layers below it, and ${target} is in none`);
      } else if (rank(to) < rank(from)) {
        problems.push(`src/${file} imports ${spec}: ${from} (layer ${rank(from) + 1}) may not import ${to} (layer ${rank(to) + 1}), which sits above it`);
      }
    }
  }
  return problems.sort();
}
