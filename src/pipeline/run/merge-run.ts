import path from 'node:path';
import { CscTagError } from '../../model/errors.js';
import { isFormatName } from '../../report/formats.js';
import { findPartials, mergePartials, type PartialHeader } from '../partial.js';
import type { OnInterrupt, RunObserver } from './observer.js';
import { buildInMode, type RunMode } from './build-in-mode.js';
import { reportSink } from './sink.js';
import type { RunResult } from './tag-run.js';
import { writeRun } from './write-run.js';

export interface MergeRunOptions {
  cwd: string;
  out: string;
  mode: Exclude<RunMode, 'print'>;
  strict?: boolean;
}

/**
 * The partial reports of a corpus tagged in parts (shards, on as many
 * machines) become the reports one run would have written, byte for byte:
 * the parts' items are taken in run order and go through the same totals and
 * writers as a run's. `partials` are files or folders holding them.
 */
export async function mergeRun(partials: readonly string[], options: MergeRunOptions, observer: RunObserver = {}, onInterrupt?: OnInterrupt): Promise<RunResult & { header: PartialHeader }> {
  const { header, items } = await mergePartials(findPartials(partials, options.cwd), options.cwd);
  const formats = header.formats.filter(isFormatName);
  if (formats.length !== header.formats.length) throw new CscTagError('bad-partial', `the partial reports ask for formats this version does not write: ${header.formats.join(', ')}`);
  const setup = {
    themes: header.meta.themes,
    list: header.questions ?? undefined,
    ignored: header.ignored,
    reviews: header.reviews,
    proposal: header.proposal,
    discover: header.discover === true,
  };
  const build = (dir: string) => writeRun(items, reportSink(dir, formats, header.meta, options.out), setup, observer, onInterrupt);
  const built = await buildInMode(options.mode, path.resolve(options.cwd, options.out), build, { strict: options.strict === true }, onInterrupt);
  return { ...built, header, themes: header.meta.themes };
}
