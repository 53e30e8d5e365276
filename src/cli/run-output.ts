import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { NOT_A_SURVEY } from '../model/errors.js';
import { describeComparison } from '../publish/compare.js';
import type { RunObserver } from '../pipeline/run/observer.js';
import type { RunOutcome } from '../pipeline/run/outcome.js';
import { sizeOnDisk, type RunResult } from '../pipeline/run/tag-run.js';
import type { Built } from '../pipeline/run/write-run.js';
import { plural } from '../text/utils.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { Progress } from './progress.js';
import { ignoredLines, questionBars, runSummary, skippedLine, staleReviewLines, warningLines } from './run-summary.js';

/** A path as stderr shows it: relative to the working folder, with `/`, wherever it is. */
function shownPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}

/**
 * A run told on stderr as it goes: ignored files, warnings (not with
 * --quiet), every skip with an internal error's trace under --debug (a table
 * that is no survey is an ignored file, which --quiet leaves unsaid as it
 * does those a folder search passes over), stale reviews, and a progress
 * meter on a terminal.
 */
export function stderrObserver(io: Io, chalk: ChalkInstance, quiet: boolean): RunObserver {
  let progress: Progress | undefined;
  return {
    begin: (inputs) => {
      const count = inputs.files.length + (inputs.stdin ? 1 : 0);
      const enabled = Boolean(io.stderr.isTTY) && !quiet && count > 0;
      progress = new Progress(io.stderr, count, enabled, undefined, enabled ? sizeOnDisk(inputs, io.cwd) : 0);
    },
    ignored: (files) => {
      if (!quiet) io.stderr.write(ignoredLines(files, chalk));
    },
    warning: (file, warnings) => {
      if (quiet) return;
      progress?.clear();
      io.stderr.write(warningLines(file, warnings, chalk));
    },
    skipped: (skipped, trace) => {
      progress?.clear();
      if (!(quiet && skipped.code === NOT_A_SURVEY)) io.stderr.write(skippedLine(skipped, chalk, io.debug ? trace : undefined));
    },
    progress: (bytes) => progress?.tick(bytes),
    settled: () => progress?.clear(),
    reviews: (reviews) => io.stderr.write(staleReviewLines(reviews, chalk)),
  };
}

/** The exit code of each way a run can end (see exit-codes.ts). */
export function exitCode(outcome: RunOutcome): number {
  return { written: EXIT.OK, 'nothing-tagged': EXIT.NOTHING_TAGGED, skipped: EXIT.SKIPPED, stale: EXIT.STALE }[outcome];
}

/** Why a run that tagged nothing wrote nothing: every input was skipped (or none had a document). */
export function nothingTaggedLine(built: Built, out: string | undefined): string {
  const kept = out === undefined ? '' : `; the reports in ${out} are untouched`;
  return `csc-tag: nothing was tagged (${plural(built.skipped.length, 'input')} skipped)${kept}\n`;
}

/**
 * Tells stderr how a published or checked run ended: with --check, each
 * report's comparison; else what was written (the summary and the questions'
 * bars), or why nothing was. Returns the exit code.
 */
export function tellResult(result: RunResult, outDir: string, { themes, started, quiet }: { themes: readonly string[]; started: number; quiet: boolean }, io: Io, chalk: ChalkInstance): number {
  const { built, checked } = result;
  if (checked) {
    for (const { file, comparison } of checked) io.stderr.write(`csc-tag: check: ${describeComparison(shownPath(io.cwd, file), comparison)}\n`);
    const stale = checked.filter((c) => c.comparison.state !== 'same').length;
    if (stale > 0) io.stderr.write(`csc-tag: check: ${plural(stale, 'report')} out of date; run csc-tag without --check to update\n`);
  } else if (built.files.length === 0) {
    io.stderr.write(nothingTaggedLine(built, shownPath(io.cwd, outDir)));
  } else if (!quiet) {
    const shown = built.files.map((file) => shownPath(io.cwd, file));
    io.stderr.write(runSummary(built.summary, themes, shown, (performance.now() - started) / 1000, chalk));
    io.stderr.write(questionBars(built.questions, chalk, built.noPositionAsked));
    const unmatched = built.unmatchedQuestions.length;
    if (unmatched > 0) io.stderr.write(`csc-tag: ${plural(unmatched, 'question segment')} matched no question of the list (see report.md)\n`);
  }
  return exitCode(result.outcome);
}
