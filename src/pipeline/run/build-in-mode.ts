import fs from 'node:fs';
import type { OnInterrupt } from './observer.js';
import { checkRun, runOutcome, type Checked, type RunOutcome } from './outcome.js';
import { inPrivateFolder } from './private-folder.js';
import { publishRun } from './publish-run.js';
import type { Built } from './write-run.js';

/** How a run's reports are built: into the out folder, or privately to compare with it or to print one. */
export type RunMode = 'publish' | 'check' | 'print';

/**
 * Builds a run's reports where its mode says, the same for a run that tags
 * and for `merge`: `publish` into `outDir` under its lock; `check` and `print`
 * in a private folder, comparing each report with the one in `outDir` or
 * reading back the first (a format's first file: csv is segments.csv).
 */
export async function buildInMode(
  mode: RunMode,
  outDir: string,
  build: (dir: string) => Promise<Built>,
  options: { strict: boolean },
  onInterrupt?: OnInterrupt,
): Promise<{ built: Built; outcome: RunOutcome; checked?: Checked[]; printed?: Uint8Array }> {
  if (mode === 'publish') {
    const built = await publishRun(outDir, build, onInterrupt);
    return { built, outcome: runOutcome(built, options) };
  }
  return inPrivateFolder(async (dir) => {
    const built = await build(dir);
    if (mode === 'check') return { built, ...checkRun(built, outDir, options) };
    const first = built.files[0];
    return { built, outcome: runOutcome(built, options), ...(first ? { printed: new Uint8Array(fs.readFileSync(first)) } : {}) };
  }, onInterrupt);
}
