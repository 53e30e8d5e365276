import path from 'node:path';
import type { Command } from 'commander';
import { CscTagError } from '../model/errors.js';
import { findPartials, mergePartials } from '../pipeline/partial.js';
import { isFormatName } from '../report/formats.js';
import { makeChalk } from './color.js';
import type { Io } from './io.js';
import { checkAgainst, inPrivateFolder, publishRun, reportSink, skippedExit, writeRun } from './write-run.js';

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
      const { header, items } = await mergePartials(findPartials(paths, io.cwd), io.cwd);
      const formats = header.formats.filter(isFormatName);
      if (formats.length !== header.formats.length) throw new CscTagError('bad-partial', `the partial reports ask for formats this version does not write: ${header.formats.join(', ')}`);
      const quiet = opts.quiet === true;
      const build = (dir: string) =>
        writeRun(
          items,
          reportSink(dir, formats, header.meta, opts.out),
          {
            themes: header.meta.themes,
            list: header.questions ?? undefined,
            ignored: header.ignored,
            inputs: 0,
            quiet,
            reviews: header.reviews,
            proposal: header.proposal,
            discover: header.discover === true,
          },
          io,
          chalk,
        );
      const outDir = path.resolve(io.cwd, opts.out);
      const strict = { strict: opts.strict === true };
      if (opts.check) outcome.code = await inPrivateFolder(io, async (dir) => checkAgainst(await build(dir), outDir, io, strict));
      else outcome.code = skippedExit(await publishRun(outDir, build, { themes: header.meta.themes, started, quiet }, io, chalk), strict);
    });
}
