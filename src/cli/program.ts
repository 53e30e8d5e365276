import os from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { makeChalk } from './color.js';
import { addEvalCommand } from './eval-command.js';
import { addKwicCommand } from './kwic-command.js';
import { addRulesCommand } from './rules-command.js';
import type { Io } from './io.js';
import { parseTagOptions } from './options.js';
import { tagCommand } from './tag-command.js';
import { VERSION } from '../version.js';

const EXAMPLES = `
Examples:
  $ csc-tag seeds/                          tag a folder; reports go to reports/
  $ csc-tag responses/*.txt -o out -f json,md,csv
  $ csc-tag --stdout json response.txt > report.json
  $ cat answer.txt | csc-tag --stdout md -
  $ csc-tag --rules my-rules.json responses/

Commands (csc-tag <command> --help for each):
  eval    compare labels with a gold file
  rules   list, explain and measure the rules
  kwic    keyword in context, to try a phrase on a corpus

Exit codes: 0 all inputs processed, 1 reports written but some inputs skipped,
2 usage or fatal error (nothing written).`;

/** The command tree. Actions store their result in `outcome`; nothing here exits the process. */
export function buildProgram(io: Io, outcome: { code: number }): Command {
  const program = new Command('csc-tag')
    .description("Tag responses to children's social care consultations: question/answer segments, stance and themes, each with its evidence.")
    .version(VERSION, '-V, --version')
    .argument('<paths...>', 'files, folders (searched for .txt, .md, .markdown), globs, or - for stdin')
    .option('-o, --out <dir>', 'folder for the reports', 'reports')
    .option('-f, --format <list>', 'reports to write: any of json, md, csv', 'json,md')
    .option('--stdout <format>', 'print one report (json, md or csv) to stdout and write no files')
    .option('--rules <file>', "a rules file (JSON) that extends or replaces the built-in rules")
    .addOption(new Option('--max-file-size <size>', 'skip files larger than this').default('10MB'))
    .addOption(new Option('-j, --jobs <n>', 'worker threads (reports are identical for any number)').default(String(os.availableParallelism()), 'the number of cores'))
    .option('-q, --quiet', 'print nothing but errors and skipped files')
    .option('--no-color', 'no colour on stderr')
    .option('--debug', 'print stack traces for internal errors')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'csc-tag: ')),
    })
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const options = parseTagOptions(raw);
      const chalk = makeChalk(io.env, Boolean(io.stderr.isTTY), options.color);
      outcome.code = await tagCommand(paths, options, io, chalk);
    });
  for (const add of [addEvalCommand, addKwicCommand, addRulesCommand]) add(program, io, outcome);
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError();
  return program;
}

export { CommanderError };
