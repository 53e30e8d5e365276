import path from 'node:path';
import { compareFile, type Comparison } from '../../publish/compare.js';
import type { Built } from './write-run.js';

/**
 * How a run ended, for the caller to act on (the CLI turns it into an exit code):
 * - `written`: reports written (skipped inputs are listed in them);
 * - `nothing-tagged`: every input was skipped, nothing was published;
 * - `skipped`: with `strict`, an input was skipped or a review is stale;
 * - `stale`: with --check, a report in the out folder differs or is missing.
 */
export type RunOutcome = 'written' | 'nothing-tagged' | 'skipped' | 'stale';

/**
 * Skipped inputs (and stale reviews) are listed in the reports, so by default they are part of a
 * finished run; `strict` is for a corpus that must read whole, every review applied.
 */
export function runOutcome(built: Built, options: { strict: boolean }): RunOutcome {
  if (built.summary.documents === 0 && built.files.length === 0) return 'nothing-tagged';
  return options.strict && (built.skipped.length > 0 || (built.reviews?.stale.length ?? 0) > 0) ? 'skipped' : 'written';
}

/** One report of a --check: the fresh file's name in the out folder and how the committed one compares with it. */
export interface Checked {
  file: string;
  comparison: Comparison;
}

/**
 * --check: every fresh report compared byte for byte with the one of the same
 * name in `outDir`. A skipped input is in both reports alike, so it fails the
 * check only under `strict`.
 */
export function checkRun(built: Built, outDir: string, options: { strict: boolean }): { checked: Checked[]; outcome: RunOutcome } {
  const checked = built.files.map((fresh) => {
    const file = path.join(outDir, path.basename(fresh));
    return { file, comparison: compareFile(fresh, file) };
  });
  const stale = checked.some((c) => c.comparison.state !== 'same');
  return { checked, outcome: stale ? 'stale' : runOutcome(built, options) };
}
