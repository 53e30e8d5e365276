import type { ChalkInstance } from 'chalk';
import { CscTagError } from '../model/errors.js';
import type { GroupMembers, Meta, RunEnd } from '../model/run-end.js';
import type { MergedItem } from '../pipeline/partial.js';
import { ReportStream } from '../publish/stream.js';
import type { ListedQuestion } from '../questions/list.js';
import type { FormatName } from '../report/formats.js';
import { asksNoPosition } from '../report/question-prose.js';
import { RunTotals } from '../totals/run-totals.js';
import type { Io } from './io.js';
import { Progress } from './progress.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareFile, describeComparison } from '../publish/compare.js';
import { acquireLock } from '../publish/lock.js';
import { plural } from '../text/utils.js';
import { EXIT } from './exit-codes.js';
import { prepareOutDir } from './out-folder.js';
import { NOT_A_SURVEY } from '../model/errors.js';
import { ignoredLines, questionBars, runSummary, skippedLine, staleReviewLines, warningLines } from './run-summary.js';
import type { Review } from '../model/review.js';

/** A finished build: what followed the documents, and the files written. */
export interface Built extends RunEnd {
  files: string[];
  /** Groups whose every answer is to an open question (asksNoPosition), read while their members still can be. */
  noPositionAsked: Set<string>;
}

/** Where a run's items go: the reports, or a partial report (--shard). */
export interface RunSink {
  add(item: MergedItem): void;
  /** Completes and publishes what was written, the groups' members read from `members`; returns the files. */
  finish(end: RunEnd, members: GroupMembers): Promise<string[]> | string[];
  abort(): void;
}

/** Opens a sink's files, saying in one line naming the out folder when they cannot be created there. */
export function openSink(out: string, open: () => RunSink): RunSink {
  try {
    return open();
  } catch (error) {
    throw new CscTagError('out-not-writable', `cannot write reports here (${(error as NodeJS.ErrnoException).code ?? 'error'})`, out);
  }
}

/** The requested reports in `dir`, published together at the end. */
export function reportSink(dir: string, formats: readonly FormatName[], meta: Meta, out: string): RunSink {
  return openSink(out, () => {
    const stream = new ReportStream(dir, formats, meta);
    return {
      add: (item) => {
        if (item.ok) stream.rendered(item.pieces);
      },
      finish: (end, members) => stream.finish(end, members),
      abort: () => stream.abort(),
    };
  });
}

export interface RunSetup {
  themes: readonly string[];
  list: readonly ListedQuestion[] | undefined;
  ignored: readonly string[];
  /** Inputs and their size on disk (0 when unknown), for the progress meter. */
  inputs: number;
  inputBytes?: number;
  quiet: boolean;
  /** --reviews: counted as applied or stale. */
  reviews?: readonly Review[] | undefined;
  /** --proposal (or the first listed question): letters are counted on it. */
  proposal?: string | undefined;
  /** A run that tagged no document publishes nothing (Built.files is empty), so the previous reports stay. */
  requireDocuments?: boolean;
  /** --discover: themes discovered per question and campaign responses, which cost more than tagging. */
  discover?: boolean;
}

/**
 * Feeds a run's items, in run order, to the sink and the run's totals,
 * telling stderr of warnings and skips as they come; then completes the
 * sink with the totals. The same for a run that tags and for `merge`, which
 * is why merged parts give the bytes of one run.
 */
export async function writeRun(items: AsyncIterable<MergedItem>, sink: RunSink, setup: RunSetup, io: Io, chalk: ChalkInstance): Promise<Built> {
  const unregister = io.onInterrupt?.(() => sink.abort());
  const totals = new RunTotals(setup.themes, setup.list, {
    ...(setup.discover ? {} : { discovery: null }),
    ...(setup.reviews ? { reviews: setup.reviews } : {}),
    ...(setup.proposal !== undefined ? { proposal: setup.proposal } : {}),
  });
  totals.setIgnored(setup.ignored);
  if (setup.ignored.length > 0 && !setup.quiet) io.stderr.write(ignoredLines(setup.ignored, chalk));
  const progress = new Progress(io.stderr, setup.inputs, Boolean(io.stderr.isTTY) && !setup.quiet && setup.inputs > 0, undefined, setup.inputBytes ?? 0);
  try {
    for await (const item of items) {
      sink.add(item);
      if (item.ok) {
        totals.addDocument(item.digest);
        if (!setup.quiet && item.warnings.length > 0) {
          progress.clear();
          io.stderr.write(warningLines(item.digest.file, item.warnings, chalk));
        }
      } else {
        totals.addSkipped(item.skipped);
        progress.clear();
        // A table that is no survey is an ignored file, which --quiet leaves unsaid as it does those a folder search passes over.
        if (!(setup.quiet && item.skipped.code === NOT_A_SURVEY)) io.stderr.write(skippedLine(item.skipped, chalk));
      }
      progress.tick(item.bytes);
    }
    progress.clear();
    const end = totals.end();
    if (end.reviews) io.stderr.write(staleReviewLines(end.reviews, chalk));
    if (setup.requireDocuments && end.summary.documents === 0) {
      sink.abort();
      return { ...end, files: [], noPositionAsked: new Set() };
    }
    const files = await sink.finish(end, totals.members);
    return { ...end, files, noPositionAsked: new Set(end.questions.filter((q) => asksNoPosition(q, totals.members(q.id))).map((q) => q.id)) };
  } catch (error) {
    progress.clear();
    sink.abort();
    throw error;
  } finally {
    totals.close();
    unregister?.();
  }
}

/**
 * Builds into the out folder, holding its lock, and tells stderr what was
 * written: the run's summary and its questions' bars.
 */
export async function publishRun(
  outDir: string,
  build: (dir: string) => Promise<Built>,
  { themes, started, quiet }: { themes: readonly string[]; started: number; quiet: boolean },
  io: Io,
  chalk: ChalkInstance,
): Promise<Built> {
  prepareOutDir(outDir);
  const release = acquireLock(outDir);
  const unregister = io.onInterrupt?.(release);
  try {
    const built = await build(outDir);
    if (built.files.length === 0) {
      io.stderr.write(nothingTaggedLine(built, shownPath(io.cwd, outDir)));
      return built;
    }
    if (!quiet) {
      const shown = built.files.map((file) => shownPath(io.cwd, file));
      io.stderr.write(runSummary(built.summary, themes, shown, (performance.now() - started) / 1000, chalk));
      io.stderr.write(questionBars(built.questions, chalk, built.noPositionAsked));
      const unmatched = built.unmatchedQuestions.length;
      if (unmatched > 0) io.stderr.write(`csc-tag: ${plural(unmatched, 'question segment')} matched no question of the list (see report.md)\n`);
    }
    return built;
  } finally {
    release();
    unregister?.();
  }
}

/** Why a run that tagged nothing wrote nothing: every input was skipped (or none had a document). */
export function nothingTaggedLine(built: Built, out: string | undefined): string {
  const kept = out === undefined ? '' : `; the reports in ${out} are untouched`;
  return `csc-tag: nothing was tagged (${plural(built.skipped.length, 'input')} skipped)${kept}\n`;
}

/** A path as stderr shows it: relative to the working folder, with `/`, wherever it is. */
export function shownPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}

/**
 * Skipped inputs (and stale reviews) are listed in the reports, so by default they are part of a
 * finished run; --strict is for a corpus that must read whole, every review applied.
 */
export function skippedExit(built: Built, options: { strict: boolean }): number {
  if (built.summary.documents === 0 && built.files.length === 0) return EXIT.NOTHING_TAGGED;
  return options.strict && (built.skipped.length > 0 || (built.reviews?.stale.length ?? 0) > 0) ? EXIT.SKIPPED : EXIT.OK;
}

/** Runs `work` with a temporary folder of its own, removed after it (or on an interrupt): --stdout and --check write nowhere else. */
export async function inPrivateFolder<T>(io: Io, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-'));
  const cleanup = (): void => fs.rmSync(dir, { recursive: true, force: true });
  const unregister = io.onInterrupt?.(cleanup);
  try {
    return await work(dir);
  } finally {
    cleanup();
    unregister?.();
  }
}

/**
 * --check: exit 0 when every committed report is byte-identical to a fresh
 * one, else 1, naming each difference. A skipped input is in both reports
 * alike, so it fails the check only under --strict.
 */
export function checkAgainst(built: Built, outDir: string, io: Io, options: { strict: boolean }): number {
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
