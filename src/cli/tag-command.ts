import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { CscTagError } from '../model/errors.js';
import type { FormatName } from '../report/formats.js';
import { tagRun } from '../pipeline/run/tag-run.js';
import type { Io } from './io.js';
import type { TagCommandOptions } from './options.js';
import { exitCode, nothingTaggedLine, stderrObserver, tellResult } from './run-output.js';

/** Reports that are zip files: never written to a terminal, where they would be noise and could hold escape sequences. */
const BINARY_FORMATS: ReadonlySet<FormatName> = new Set(['qdpx', 'xlsx']);

/**
 * The main job: tag the inputs and publish the reports into --out, print one
 * report (--stdout), or compare fresh reports with those in --out (--check).
 * The last two build in a private temporary folder. Returns the exit code.
 */
export async function tagCommand(paths: string[], options: TagCommandOptions, io: Io, chalk: ChalkInstance): Promise<number> {
  const started = performance.now();
  const binary = options.stdout?.find((f) => BINARY_FORMATS.has(f));
  if (binary && io.stdout.isTTY) {
    throw new CscTagError('usage', `--stdout ${binary}: a ${binary} report is binary (a zip) and stdout is a terminal; redirect it (> report.${binary}) or write it with -f ${binary}`);
  }
  const mode = options.stdout ? 'print' : options.check ? 'check' : 'publish';
  const result = await tagRun(paths, { ...options, cwd: io.cwd, formats: options.stdout ?? options.format, mode, readStdin: io.readStdin }, stderrObserver(io, chalk, options.quiet), io.onInterrupt);
  if (mode === 'print') {
    if (result.printed) io.stdout.write(result.printed);
    else io.stderr.write(nothingTaggedLine(result.built, undefined));
    return exitCode(result.outcome);
  }
  return tellResult(result, path.resolve(io.cwd, options.out), { themes: result.themes, started, quiet: options.quiet }, io, chalk);
}
