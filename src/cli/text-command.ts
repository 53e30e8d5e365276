import path from 'node:path';
import type { Command } from 'commander';
import { CscTagError } from '../model/errors.js';
import { FORCED_ENCODINGS, type ForcedEncoding } from '../read/decode.js';
import { discoverInputs } from '../read/discover.js';
import { readInput, readStdinInput } from '../read/read-input.js';
import { sanitiseForTerminal } from '../text/escape-terminal.js';
import { plainChalk } from './collect.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/run/tag-run.js';
import { skippedLine, warningLines } from './run-summary.js';

/**
 * `csc-tag text FILE`: the text csc-tag extracted and tagged, exactly, so
 * that every line, column and offset in a report can be found in it. A file
 * holding several documents (an email and its attachments) prints each after
 * a `==> name <==` line, as `head` does; with one document, only its text.
 */
export function addTextCommand(program: Command, io: Io, outcome: { code: number }): void {
  program
    .command('text')
    .description('print the text extracted from each document: what was tagged, and what report positions refer to')
    .argument('<paths...>', 'files, folders or globs, or - for stdin')
    .addHelpText('after', '\nExamples:\n  $ csc-tag text response.pdf\n  $ csc-tag text letter.eml > letter.txt\n  $ csc-tag text --encoding windows-1252 old.txt')
    // --encoding is the main command's option, which commander also takes after `text`.
    .action(async (paths: string[], _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ encoding?: string }>();
      if (opts.encoding !== undefined && !(FORCED_ENCODINGS as readonly string[]).includes(opts.encoding)) {
        throw new CscTagError('usage', `--encoding: expected one of ${FORCED_ENCODINGS.join(', ')}`);
      }
      const encoding = opts.encoding ? { encoding: opts.encoding as ForcedEncoding } : {};
      const inputs = await discoverInputs(paths, { cwd: io.cwd });
      if (inputs.files.length === 0 && !inputs.stdin) throw new CscTagError('no-input', `no input found in ${paths.map((p) => path.normalize(p)).join(', ')}`);
      const items = [];
      for (const problem of inputs.problems) items.push({ ok: false as const, name: problem.file, code: problem.code, reason: problem.reason });
      for (const file of inputs.files) {
        const source = inputs.sources?.[file];
        items.push(...(await readInput(file, { cwd: io.cwd, maxFileSize: DEFAULT_MAX_FILE_SIZE, ...encoding, ...(source ? { source } : {}) })));
      }
      if (inputs.stdin && io.readStdin) items.push(...(await readStdinInput(await io.readStdin(), encoding)));
      const documents = items.filter((item) => item.ok).length;
      for (const item of items) {
        if (!item.ok) {
          outcome.code = EXIT.SKIPPED;
          io.stderr.write(skippedLine({ file: item.name, code: item.code, reason: item.reason }, plainChalk));
          continue;
        }
        io.stderr.write(warningLines(item.doc.name, item.doc.warnings, plainChalk));
        if (documents > 1) io.stdout.write(`==> ${sanitiseForTerminal(item.doc.name)} <==\n`);
        io.stdout.write(item.doc.text);
      }
    });
}
