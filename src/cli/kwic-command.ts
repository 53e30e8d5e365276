import path from 'node:path';
import type { Command } from 'commander';
import { kwic } from '../classify/kwic.js';
import { CscTagError, NOT_A_SURVEY } from '../model/errors.js';
import { discoverInputs } from '../read/discover.js';
import { readCorpus } from '../pipeline/read-corpus.js';
import { compilePhrase } from '../text/phrase.js';
import { sanitiseForTerminal } from '../text/escape-terminal.js';
import { createLocator } from '../read/locate.js';
import type { Io } from './io.js';
import { plural } from '../text/utils.js';
import { plainChalk } from './collect.js';
import { EXIT } from './exit-codes.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/run/tag-run.js';
import { skippedLine } from './run-summary.js';
import { surveyReadingFor } from './survey-reading.js';

export function addKwicCommand(program: Command, io: Io, outcome: { code: number }): void {
  program
    .command('kwic')
    .description('keyword in context: every occurrence of a word (by stem) or phrase, with the text around it')
    .argument('<term>', 'a word or phrase, in rule syntax: (a|b) one of, ~ up to two words, # a number')
    .argument('<paths...>', 'documents to search')
    .option('-w, --width <n>', 'characters of context either side', '40')
    .addHelpText('after', '\nExamples:\n  $ csc-tag kwic caseload seeds/\n  $ csc-tag kwic "(we|i) ~ welcome" seeds/')
    .action(async (term: string, paths: string[], _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ width: string; rules?: string; columns?: string }>();
      const width = Number(opts.width);
      if (!Number.isInteger(width) || width < 0 || width > 400) throw new CscTagError('usage', `--width: expected a whole number from 0 to 400, got "${opts.width}"`);
      const compiled = compilePhrase(term);
      if (typeof compiled === 'string') throw new CscTagError('usage', `term ${compiled}`);
      const inputs = await discoverInputs(paths, { cwd: io.cwd });
      if (inputs.files.length === 0) throw new CscTagError('no-input', `no input found in ${paths.map((p) => path.normalize(p)).join(', ')}`);
      let count = 0;
      let skipped = 0;
      // Positions are in each document's extracted text, as `csc-tag text` prints it. Standard input is not searched.
      const survey = surveyReadingFor(opts, io.cwd);
      const documents = readCorpus({ ...inputs, problems: [], stdin: false }, { cwd: io.cwd, maxFileSize: DEFAULT_MAX_FILE_SIZE, survey });
      for await (const item of documents) {
        if (!item.ok) {
          // A table that is no survey is ignored, as the main command ignores it, not skipped.
          if (item.code !== NOT_A_SURVEY) skipped++;
          io.stderr.write(skippedLine({ file: item.name, code: item.code, reason: item.reason }, plainChalk, io.debug ? item.trace : undefined));
          continue;
        }
        const { name, text } = item.doc;
        const locate = createLocator(text);
        for (const line of kwic(text, term, width)) {
          const at = locate(line.start);
          const clean = (s: string): string => sanitiseForTerminal(s);
          io.stdout.write(`${clean(name)}:${at.line}:${at.column}\t${clean(line.left)} [${clean(line.match)}] ${clean(line.right)}\n`);
          count++;
        }
      }
      io.stderr.write(`csc-tag: ${plural(count, 'match', 'matches')}\n`);
      if (skipped > 0) outcome.code = EXIT.SKIPPED;
    });
}
