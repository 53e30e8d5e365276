import os from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { makeChalk } from './color.js';
import { findConfig, type ConfigFile } from './config.js';
import { addColumnsCommand } from './columns-command.js';
import { addEvalCommand } from './eval-command.js';
import { addKwicCommand } from './kwic-command.js';
import { addMergeCommand } from './merge-command.js';
import { addQuestionsCommand } from './questions-command.js';
import { addReviewCommand } from './review-command.js';
import { addRulesCommand } from './rules-command.js';
import { addTextCommand } from './text-command.js';
import { addThemesCommand } from './themes-command.js';
import { formatsHelp } from './formats-help.js';
import { FORCED_ENCODINGS } from '../read/decode.js';
import type { Io } from './io.js';
import { parseTagOptions } from './options.js';
import { tagCommand } from './tag-command.js';
import { VERSION } from '../model/version.js';
import { DEFAULT_FORMATS, FORMAT_NAMES } from '../report/formats.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/run/tag-run.js';

const EXAMPLES = `
Examples:
  $ csc-tag seeds/                          tag a folder; reports go to reports/
  $ csc-tag responses/*.txt -o out -f json,md,csv
  $ csc-tag --stdout json response.txt > report.json
  $ cat answer.txt | csc-tag --stdout md -
  $ csc-tag --rules my-rules.json responses/
  $ csc-tag responses/ --shard 2/4 -o p2    part 2 of 4, for one machine of many
  $ csc-tag merge p1 p2 p3 p4 -o reports    join the parts: the reports of one run
  $ csc-tag themes responses/               what people said to each question, discovered
  $ csc-tag help eval                       the options of one command

A path that is also a command name is read as a path when it exists.

Exit codes: 0 reports written (or up to date with --check), 1 nothing was tagged
(the reports are untouched), a --check report differs or is missing, or with
--strict an input was skipped or a review is stale, 2 usage or fatal error
(nothing written).`;

/** Config-file defaults fill every option the command line did not give. */
function withConfig(raw: Record<string, unknown>, command: Command, cwd: string): Record<string, unknown> {
  const found = findConfig(cwd);
  if (!found) return raw;
  const merged = { ...raw };
  const config: ConfigFile = found.config;
  const values: Record<string, unknown> = {
    out: config.out,
    format: Array.isArray(config.format) ? config.format.join(',') : config.format,
    rules: config.rules,
    reviews: config.reviews,
    maxFileSize: config.maxFileSize === undefined ? undefined : String(config.maxFileSize),
    jobs: config.jobs === undefined ? undefined : String(config.jobs),
    quiet: config.quiet,
    color: config.color,
  };
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && command.getOptionValueSource(key) !== 'cli') merged[key] = value;
  }
  return merged;
}

/** The command tree. Actions store their result in `outcome`; nothing here exits the process. */
export function buildProgram(io: Io, outcome: { code: number }): Command {
  const program = new Command('csc-tag')
    .description("Tag responses to children's social care consultations: question/answer segments, stance and themes, each with its evidence.")
    .version(VERSION, '-V, --version')
    .argument('<paths...>', 'files, folders (searched for the formats below), globs, or - for stdin')
    .option('-o, --out <dir>', 'folder for the reports', 'reports')
    .option('-f, --format <list>', `reports to write: any of ${FORMAT_NAMES.join(', ')}`, DEFAULT_FORMATS.join(','))
    .addOption(new Option('--stdout <format>', 'print one report (any of the formats; xlsx and qdpx only when redirected) to stdout and write no files').conflicts(['out', 'format', 'check']))
    .option('--check', 'build the reports in memory and compare them with those in --out: exit 1 if any differs or is missing; writes nothing')
    .option('--strict', 'exit 1 when any input is skipped or excluded (with --check too)')
    .option('--rules <file>', 'a rules file (JSON) that extends or replaces the built-in rules')
    .option('--discover', 'discover what people said to each question (themes of phrases, with quotes) and find campaign responses; costs more than tagging')
    .option('--no-builtin-themes', "leave out the built-in themes (children's social care), for another consultation")
    .option('--questions <file>', "the consultation's own questions, one per line (optionally numbered): answers are grouped under them")
    .option('--reviews <file>', "an analyst's reviews (CSV or .xlsx with key and review_stance and/or review_themes, as segments.csv): a reviewed label wins")
    .option('--proposal <text>', "the consultation's main proposal (else the first question of --questions): a letter that answers no question is read for its position on it")
    .option('--columns <file>', 'survey exports: a JSON map of what each column holds, overriding detection (see csc-tag columns)')
    .addOption(new Option('--max-file-size <size>', 'skip files larger than this').default(`${DEFAULT_MAX_FILE_SIZE / 1e6}MB`))
    .addOption(
      new Option('-j, --jobs <n>', 'threads that tag: the main thread and n-1 workers (reports are identical for any number)').default(String(os.availableParallelism()), 'the number of cores'),
    )
    .option('--shard <K/N>', 'tag only part K of N of the inputs (split by a hash of each path) into a partial report; csc-tag merge joins the parts')
    .option('--encoding <name>', `read plain text as ${FORCED_ENCODINGS.join(', ')} instead of detecting it`)
    .option('-q, --quiet', 'print nothing but errors and skipped files')
    .option('--no-color', 'no colour on stderr')
    .option('--debug', 'print stack traces for internal errors')
    .addHelpText('after', formatsHelp() + '\n' + EXAMPLES)
    .helpCommand('help [command]', 'show the options of a command')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'csc-tag: ')),
    })
    .action(async (paths: string[], raw: Record<string, unknown>, command: Command) => {
      const options = parseTagOptions(withConfig(raw, command, io.cwd));
      const chalk = makeChalk(io.env, Boolean(io.stderr.isTTY), options.color);
      outcome.code = await tagCommand(paths, options, io, chalk);
    });
  for (const add of [addColumnsCommand, addEvalCommand, addKwicCommand, addMergeCommand, addQuestionsCommand, addReviewCommand, addRulesCommand, addTextCommand, addThemesCommand])
    add(program, io, outcome);
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError();
  return program;
}

export { CommanderError };
