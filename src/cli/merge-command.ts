import path from 'node:path';
import type { Command } from 'commander';
import { mergeRun } from '../pipeline/run/merge-run.js';
import { makeChalk } from './color.js';
import type { Io } from './io.js';
import { stderrObserver, tellResult } from './run-output.js';

/**
 * `csc-tag merge`: the partial reports of a corpus tagged in parts
 * (--shard K/N, on as many machines) become the reports one run would have
 * written, byte for byte: the parts' items are taken in run order and go
 * through the same totals and writers as a run's.
 */
export function addMergeCommand(program: Command, io: Io, outcome: { code: number }): void {
  program
    .command('merge')
    .description('join the partial reports of csc-tag --shard K/N runs into the reports one run would have written')
    .argument('<partials...>', 'partial reports (shard-K-of-N.jsonl), or folders holding them')
    .option('--check', 'compare the merged reports with those in --out instead of writing them: exit 1 if any differs or is missing')
    .addHelpText(
      'after',
      [
        '',
        '-o, -q, --strict and --no-color work as for a run.',
        '',
        'Examples:',
        '  $ csc-tag responses/ --shard 1/2 -o part-1',
        '  $ csc-tag responses/ --shard 2/2 -o part-2',
        '  $ csc-tag merge part-1 part-2 -o reports',
        '  $ csc-tag merge part-1 part-2 -o reports --check    fail when the reports are stale',
      ].join('\n'),
    )
    .action(async (paths: string[], _local: unknown, command: Command) => {
      // -o, -q, --strict and --no-color are the main command's, given before or after `merge`.
      const opts = command.optsWithGlobals<{ out: string; quiet?: boolean; strict?: boolean; color?: boolean; check?: boolean }>();
      const started = performance.now();
      const chalk = makeChalk(io.env, Boolean(io.stderr.isTTY), opts.color !== false);
      const quiet = opts.quiet === true;
      const mode = opts.check ? 'check' : 'publish';
      const result = await mergeRun(paths, { cwd: io.cwd, out: opts.out, mode, strict: opts.strict === true }, stderrObserver(io, chalk, quiet), io.onInterrupt);
      outcome.code = tellResult(result, path.resolve(io.cwd, opts.out), { themes: result.themes, started, quiet }, io, chalk);
    });
}
