import path from 'node:path';
import type { Command } from 'commander';
import { CscTagError, NOT_A_SURVEY } from '../model/errors.js';
import { FORCED_ENCODINGS, type ForcedEncoding } from '../read/decode.js';
import { discoverInputs } from '../read/discover.js';
import type { ReadItem } from '../read/formats/reader.js';
import { readCorpus } from '../pipeline/read-corpus.js';
import { sanitiseForTerminal } from '../text/escape-terminal.js';
import { plainChalk } from './collect.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/run/tag-run.js';
import { skippedLine, warningLines } from './run-summary.js';
import { surveyReadingFor } from './survey-reading.js';

/**
 * `csc-tag text FILE`: the text csc-tag extracted and tagged, exactly, so
 * that every line, column and offset in a report can be found in it. A file
 * holding several documents (an email and its attachments, a survey's rows,
 * each named as in a report) prints each after a `==> name <==` line, as
 * `head` does; with one document, only its text.
 */
export function addTextCommand(program: Command, io: Io, outcome: { code: number }): void {
  program
    .command('text')
    .description('print the text extracted from each document: what was tagged, and what report positions refer to')
    .argument('<paths...>', 'files, folders or globs, or - for stdin')
    .addHelpText('after', '\nExamples:\n  $ csc-tag text response.pdf\n  $ csc-tag text letter.eml > letter.txt\n  $ csc-tag text --encoding windows-1252 old.txt')
    // --encoding is the main command's option, which commander also takes after `text`.
    .action(async (paths: string[], _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ encoding?: string; rules?: string; columns?: string }>();
      if (opts.encoding !== undefined && !(FORCED_ENCODINGS as readonly string[]).includes(opts.encoding)) {
        throw new CscTagError('usage', `--encoding: expected one of ${FORCED_ENCODINGS.join(', ')}`);
      }
      const encoding = opts.encoding ? { encoding: opts.encoding as ForcedEncoding } : {};
      const inputs = await discoverInputs(paths, { cwd: io.cwd });
      if (inputs.files.length === 0 && !inputs.stdin) throw new CscTagError('no-input', `no input found in ${paths.map((p) => path.normalize(p)).join(', ')}`);
      const show = (item: ReadItem, named: boolean): void => {
        if (!item.ok) {
          // A table that is no survey is ignored, as the main command ignores it, not skipped.
          if (item.code !== NOT_A_SURVEY) outcome.code = EXIT.SKIPPED;
          io.stderr.write(skippedLine({ file: item.name, code: item.code, reason: item.reason }, plainChalk, io.debug ? item.trace : undefined));
          return;
        }
        io.stderr.write(warningLines(item.doc.name, item.doc.warnings, plainChalk));
        if (named) io.stdout.write(`==> ${sanitiseForTerminal(item.doc.name)} <==\n`);
        io.stdout.write(item.doc.text);
      };
      // Held only until a second document shows that each must be named: a survey's rows are printed as they are read.
      const held: ReadItem[] = [];
      let documents = 0;
      const survey = surveyReadingFor(opts, io.cwd);
      for await (const item of readCorpus(inputs, { cwd: io.cwd, maxFileSize: DEFAULT_MAX_FILE_SIZE, ...encoding, survey, readStdin: io.readStdin })) {
        if (item.ok) documents++;
        if (documents < 2) held.push(item);
        else {
          for (const before of held.splice(0)) show(before, true);
          show(item, true);
        }
      }
      for (const item of held) show(item, false);
    });
}
