import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { tagCorpusParallel } from '../pipeline/corpus-parallel.js';
import { CscTagError } from '../model/errors.js';
import { discoverInputs, type Discovered } from '../read/discover.js';
import { compareFile, describeComparison } from '../publish/compare.js';
import { asksNoPosition } from '../report/question-prose.js';
import type { FormatName } from '../report/formats.js';
import { readQuestionList, type ListedQuestion } from '../questions/list.js';
import type { ColumnMap } from '../read/survey/index.js';
import { readColumnMap } from './column-map-file.js';
import { acquireLock } from '../publish/lock.js';
import type { RunEnd } from '../model/run-end.js';
import { ReportStream } from '../publish/stream.js';
import { RunTotals } from '../totals/run-totals.js';
import { themeDescriptions } from '../rules/describe.js';
import { loadCompiledRules } from '../pipeline/load-rules.js';
import type { CompiledRules } from '../rules/index.js';
import { plural } from '../text/utils.js';
import { VERSION } from '../model/version.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import type { TagOptions } from './options.js';
import { excludedForOut, prepareOutDir } from './out-folder.js';
import { Progress } from './progress.js';
import { ignoredLines, questionBars, runSummary, skippedLine, warningLines } from './run-summary.js';

/** A finished build: what followed the documents, and the report files written. */
interface Built extends RunEnd {
  files: string[];
  /** Groups whose every answer is to an open question (asksNoPosition), read while their members still can be. */
  noPositionAsked: Set<string>;
}

/**
 * The main job: tag the inputs and publish the reports into --out, print one
 * report (--stdout), or compare fresh reports with those in --out (--check).
 * The last two build in a private temporary folder. Returns the exit code.
 */
export async function tagCommand(paths: string[], options: TagOptions, io: Io, chalk: ChalkInstance): Promise<number> {
  const started = performance.now();
  const rulesFile = options.rules ? path.resolve(io.cwd, options.rules) : undefined;
  const rules = loadCompiledRules(rulesFile);
  const outDir = path.resolve(io.cwd, options.out);
  const inputs = await discoverInputs(paths, { cwd: io.cwd, exclude: options.stdout ? [] : excludedForOut(outDir, paths, io.cwd) });
  if (inputs.files.length === 0 && !inputs.stdin) {
    const why = inputs.problems.map((p) => `${p.file} (${p.reason})`).join('; ');
    throw new CscTagError('no-input', `no input found${why ? `: ${why}` : ''}; give files, folders, globs, or - for stdin (--help lists the formats read)`);
  }
  const formats = options.stdout ?? options.format;
  const list = options.questions ? readQuestionList(options.questions, io.cwd) : undefined;
  const columnMap = options.columns ? readColumnMap(options.columns, io.cwd) : undefined;
  const build = (dir: string): Promise<Built> => buildReports(dir, formats, inputs, { rules, list, columnMap }, options, io, chalk);

  if (options.stdout || options.check) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-'));
    const cleanup = (): void => fs.rmSync(dir, { recursive: true, force: true });
    const unregister = io.onInterrupt?.(cleanup);
    try {
      const built = await build(dir);
      if (options.stdout) {
        // One report: a format's first file (csv is segments.csv; questions.csv is for --out).
        io.stdout.write(fs.readFileSync(built.files[0]!));
        return skippedExit(built, options);
      }
      return checkAgainst(built, outDir, io, options);
    } finally {
      cleanup();
      unregister?.();
    }
  }

  prepareOutDir(outDir);
  const release = acquireLock(outDir);
  const unregister = io.onInterrupt?.(release);
  try {
    const built = await build(outDir);
    if (!options.quiet) {
      const shown = built.files.map((file) => shownPath(io.cwd, file));
      io.stderr.write(runSummary(built.summary, rules.themes, shown, (performance.now() - started) / 1000, chalk));
      io.stderr.write(questionBars(built.questions, chalk, built.noPositionAsked));
      const unmatched = built.unmatchedQuestions.length;
      if (unmatched > 0) io.stderr.write(`csc-tag: ${plural(unmatched, 'question segment')} matched no question of the list (see report.md)\n`);
    }
    return skippedExit(built, options);
  } finally {
    release();
    unregister?.();
  }
}

/** Tags every input and writes the reports into `dir`, published together at the end. */
async function buildReports(
  dir: string,
  formats: readonly FormatName[],
  inputs: Discovered,
  { rules, list, columnMap }: { rules: CompiledRules; list: ListedQuestion[] | undefined; columnMap: ColumnMap | undefined },
  options: TagOptions,
  io: Io,
  chalk: ChalkInstance,
): Promise<Built> {
  let stream: ReportStream;
  const meta = { generator: { name: 'csc-tag' as const, version: VERSION }, themes: [...rules.themes], descriptions: themeDescriptions(rules.rules) };
  try {
    stream = new ReportStream(dir, formats, meta);
  } catch (error) {
    throw new CscTagError('out-not-writable', `cannot write reports here (${(error as NodeJS.ErrnoException).code ?? 'error'})`, options.out);
  }
  const unregister = io.onInterrupt?.(() => stream.abort());
  const totals = new RunTotals(rules.themes, list);
  totals.setIgnored(inputs.ignored);
  if (inputs.ignored.length > 0 && !options.quiet) io.stderr.write(ignoredLines(inputs.ignored, chalk));
  const progress = new Progress(io.stderr, inputs.files.length + (inputs.stdin ? 1 : 0), Boolean(io.stderr.isTTY) && !options.quiet);
  try {
    const corpus = tagCorpusParallel(inputs, {
      cwd: io.cwd,
      maxFileSize: options.maxFileSize,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      rules,
      readStdin: io.readStdin,
      jobs: options.jobs,
      render: { formats, meta },
      ...(columnMap ? { columnMap } : {}),
    });
    for await (const item of corpus) {
      if (item.ok) {
        stream.rendered(item.pieces);
        totals.addDocument(item.digest);
        if (!options.quiet && item.warnings.length > 0) {
          progress.clear();
          io.stderr.write(warningLines(item.digest.file, item.warnings, chalk));
        }
      } else {
        totals.addSkipped(item.skipped);
        progress.clear();
        io.stderr.write(skippedLine(item.skipped, chalk));
      }
      progress.tick(item.bytes);
    }
    progress.clear();
    const end = totals.end();
    const files = await stream.finish(end);
    return { ...end, files, noPositionAsked: new Set(end.questions.filter(asksNoPosition).map((q) => q.id)) };
  } catch (error) {
    progress.clear();
    stream.abort();
    throw error;
  } finally {
    totals.close();
    unregister?.();
  }
}

/**
 * Skipped inputs are listed in the reports, so by default they are part of a
 * finished run; --strict is for a corpus that must read whole.
 */
function skippedExit(built: Built, options: TagOptions): number {
  return options.strict && built.skipped.length > 0 ? EXIT.SKIPPED : EXIT.OK;
}

/**
 * --check: exit 0 when every committed report is byte-identical to a fresh
 * one, else 1, naming each difference. A skipped input is in both reports
 * alike, so it fails the check only under --strict.
 */
function checkAgainst(built: Built, outDir: string, io: Io, options: TagOptions): number {
  let stale = 0;
  for (const fresh of built.files) {
    const name = path.basename(fresh);
    const result = compareFile(fresh, path.join(outDir, name));
    if (result.state !== 'same') stale++;
    io.stderr.write(`csc-tag: check: ${describeComparison(shownPath(io.cwd, path.join(outDir, name)), result)}\n`);
  }
  if (stale > 0) io.stderr.write(`csc-tag: check: ${plural(stale, 'report')} out of date; run csc-tag without --check to update\n`);
  return stale > 0 ? EXIT.STALE : skippedExit(built, options);
}

/** A path as stderr shows it: relative to the working folder, with `/`, wherever it is. */
function shownPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}
