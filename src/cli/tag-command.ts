import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { tagCorpusParallel } from '../corpus-parallel.js';
import { CscTagError } from '../errors.js';
import { discoverInputs } from '../read/discover.js';
import { FORMATS } from '../report/formats.js';
import type { Skipped } from '../report/schema.js';
import { ReportStream } from '../report/stream.js';
import { SummaryBuilder } from '../report/summary.js';
import { loadCompiledRules } from '../rules/index.js';
import { VERSION } from '../version.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import type { TagOptions } from './options.js';
import { Progress } from './progress.js';
import { runSummary, skippedLine } from './run-summary.js';

/** The main job: tag the inputs and publish the reports. Returns the exit code. */
export async function tagCommand(paths: string[], options: TagOptions, io: Io, chalk: ChalkInstance): Promise<number> {
  const started = performance.now();
  const rulesFile = options.rules ? path.resolve(io.cwd, options.rules) : undefined;
  const rules = loadCompiledRules(rulesFile);
  const outDir = path.resolve(io.cwd, options.out);
  const inputs = await discoverInputs(paths, { cwd: io.cwd, exclude: options.stdout ? [] : excludedForOut(outDir, paths, io.cwd) });
  if (inputs.files.length === 0 && !inputs.stdin) {
    const why = inputs.problems.map((p) => `${p.file} (${p.reason})`).join('; ');
    throw new CscTagError('no-input', `no input found${why ? `: ${why}` : ''}; give files, folders of .txt/.md files, globs, or - for stdin`);
  }
  const formats = options.stdout ?? options.format;
  const dir = options.stdout ? fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-')) : prepareOutDir(outDir);
  let stream: ReportStream;
  try {
    stream = new ReportStream(dir, formats, { generator: { name: 'csc-tag', version: VERSION }, themes: [...rules.themes] });
  } catch (error) {
    if (options.stdout) fs.rmSync(dir, { recursive: true, force: true });
    throw new CscTagError('out-not-writable', `cannot write reports here (${(error as NodeJS.ErrnoException).code ?? 'error'})`, options.out);
  }
  const unregister = io.onInterrupt?.(() => {
    stream.abort();
    if (options.stdout) fs.rmSync(dir, { recursive: true, force: true });
  });
  try {
    const summary = new SummaryBuilder(rules.themes);
    const skipped: Skipped[] = [];
    const progress = new Progress(io.stderr, inputs.files.length + (inputs.stdin ? 1 : 0), Boolean(io.stderr.isTTY) && !options.quiet);
    try {
      const corpus = tagCorpusParallel(inputs, {
        cwd: io.cwd,
        maxFileSize: options.maxFileSize,
        rules,
        readStdin: io.readStdin,
        jobs: options.jobs,
        ...(rulesFile ? { rulesFile } : {}),
      });
      for await (const item of corpus) {
        if (item.ok) {
          stream.document(item.document);
          summary.addDocument(item.document);
        } else {
          skipped.push(item.skipped);
          summary.addSkipped();
          progress.clear();
          io.stderr.write(skippedLine(item.skipped, chalk));
        }
        progress.tick(item.bytes);
      }
    } catch (error) {
      stream.abort();
      throw error;
    } finally {
      progress.clear();
    }
    skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const totals = summary.build();
    const written = stream.finish(skipped, totals);
    if (options.stdout) {
      for (const file of written) io.stdout.write(fs.readFileSync(file));
      fs.rmSync(dir, { recursive: true, force: true });
    } else if (!options.quiet) {
      const shown = formats.map((f) => {
        const file = path.join(outDir, FORMATS[f].file);
        const rel = path.relative(io.cwd, file);
        return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
      });
      io.stderr.write(runSummary(totals, rules.themes, shown, (performance.now() - started) / 1000, chalk));
    }
    return skipped.length > 0 ? EXIT.SKIPPED : EXIT.OK;
  } finally {
    unregister?.();
  }
}

/**
 * The out folder is never read as input: its reports are always excluded,
 * and the whole folder is when it sits inside an input folder. When the
 * inputs are inside it (`-o .`), only the report files are.
 */
function excludedForOut(outDir: string, paths: readonly string[], cwd: string): string[] {
  const reports = Object.values(FORMATS).map((f) => path.join(outDir, f.file));
  const inside = (folder: string, p: string): boolean => {
    const rel = path.relative(folder, p);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  const inputsInsideOut = paths.some((p) => p !== '-' && inside(outDir, path.resolve(cwd, p)));
  return inputsInsideOut ? reports : [outDir, ...reports];
}

/** Creates the out folder, or says plainly why it cannot be used, before any work is done. */
function prepareOutDir(outDir: string): string {
  try {
    fs.mkdirSync(outDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, not a folder' : `cannot be created (${code ?? 'error'})`;
    throw new CscTagError('out-not-writable', `out folder ${what}`, outDir);
  }
  if (!fs.statSync(outDir).isDirectory()) throw new CscTagError('out-not-writable', 'out folder is a file, not a folder', outDir);
  return outDir;
}
