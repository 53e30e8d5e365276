import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { discoveredRulesFile } from '../discover/rules-file.js';
import { ruleFires } from '../eval/rule-examples.js';
import { CscTagError } from '../model/errors.js';
import { loadCompiledRules } from '../pipeline/load-rules.js';
import { readQuestionList } from '../questions/list.js';
import { themesJson, themesText } from '../report/themes.js';
import { builtinRules, compileRules, mergeRules, type RulesFile } from '../rules/index.js';
import { digestOf } from '../totals/digest.js';
import { RunTotals } from '../totals/run-totals.js';
import { forEachDocument } from './collect.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/run/tag-run.js';

interface ThemesOptions {
  json?: boolean;
  out?: string;
  rules?: string;
  questions?: string;
  builtinThemes?: boolean;
}

export function addThemesCommand(program: Command, io: Io, outcome: { code: number }): void {
  program
    .command('themes')
    .description('discover what people said to each question: themes of phrases, their answers and quotes, and campaign responses')
    .argument('<paths...>', 'documents to read')
    .option('--json', 'print the themes as JSON')
    .option('-o, --out <file>', 'also write the themes as a rules file of theme rules, to edit and pass back with --rules')
    .option('--rules <file>', 'rules file to tag with')
    .option('--questions <file>', "the consultation's own questions, one per line (optionally numbered)")
    .option('--no-builtin-themes', 'leave out the built-in themes')
    .addHelpText('after', '\nExamples:\n  $ csc-tag themes responses/\n  $ csc-tag themes -o themes.json responses/ && csc-tag --rules themes.json responses/')
    .action(async (paths: string[], _local: unknown, command: Command) => {
      // Options the main command also has (--rules, --questions, -o) are parsed there first: read both.
      const opts = command.optsWithGlobals<ThemesOptions>();
      // The main command's -o (a folder, defaulting to reports) takes the flag wherever it stands: it is ours when given.
      const out = command.opts<ThemesOptions>().out ?? (command.parent?.getOptionValueSource('out') === 'cli' ? opts.out : undefined);
      const rules = loadCompiledRules(opts.rules ? path.resolve(io.cwd, opts.rules) : undefined, { builtinThemes: opts.builtinThemes !== false });
      const totals = new RunTotals(rules.themes, opts.questions ? readQuestionList(opts.questions, io.cwd) : undefined);
      try {
        const skipped = await forEachDocument(paths, io, rules, DEFAULT_MAX_FILE_SIZE, (doc, text) => totals.addDocument(digestOf(doc, text)));
        const end = totals.end();
        io.stdout.write(opts.json ? themesJson(end.questions, end.prose, end.campaigns) : themesText(end.questions, end.prose, end.campaigns));
        if (out) writeRulesFile(path.resolve(io.cwd, out), discoveredRulesFile(totals.themeRules(), builtinThemeIds()));
        outcome.code = skipped > 0 ? EXIT.SKIPPED : EXIT.OK;
      } finally {
        totals.close();
      }
    });
}

/** The built-in theme rules a discovered rules file replaces: it is loaded over the built-in rules, whatever discovery ran with. */
const builtinThemeIds = (): string[] => builtinRules().flatMap((r) => (r.kind === 'theme-lexicon' ? [r.id] : []));

/**
 * Writes the rules file, each theme's examples those its own rule fires on
 * once every theme is loaded (a quote whose phrase went to another theme is
 * dropped), so the file loads as written.
 */
function writeRulesFile(file: string, rulesFile: RulesFile): void {
  const compiled = compileRules(mergeRules(builtinRules(), rulesFile));
  for (const rule of rulesFile.rules) rule.examples.match = rule.examples.match.filter((text) => ruleFires(rule, text, compiled));
  try {
    fs.writeFileSync(file, JSON.stringify(rulesFile, null, 2) + '\n');
  } catch (error) {
    throw new CscTagError('out-not-writable', `cannot write the rules file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
}
