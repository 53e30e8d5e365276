import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { CscTagError } from '../model/errors.js';
import { formatEval } from '../eval/format.js';
import { goldFromReport, type GoldFile } from '../eval/gold.js';
import { readLabels } from '../eval/read-labels.js';
import { evaluate } from '../eval/score.js';
import { loadCompiledRules } from '../pipeline/load-rules.js';
import { forEachDocument } from './collect.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/run/tag-run.js';
import { evalReviews } from './eval-reviews.js';

const threshold = z.coerce.number().min(0).max(1);

export function addEvalCommand(program: Command, io: Io, outcome: { code: number }): void {
  program
    .command('eval')
    .description("compare labels with a gold file (segmentation, stance with kappa, themes), or with an analyst's reviews")
    .argument('[paths...]', 'documents to tag and compare')
    .option('--gold <file>', 'gold labels (csc-gold/1, see docs/gold-format.md; labels as in docs/codebook.md)')
    .option('--reviews <file>', "an analyst's reviews as gold (CSV or .xlsx, as for csc-tag --reviews): the tagger's agreement with them")
    .option('--report <file>', 'compare an existing report.json instead of tagging paths')
    .option('--against <file>', 'compare a second gold file (agreement between two analysts)')
    .option('--rules <file>', 'rules file to tag with')
    .option('--json', 'print the figures as JSON')
    .option('--min-f1 <x>', 'exit 1 unless segmentation F1 and theme micro-F1 reach x (0-1)')
    .option('--min-accuracy <x>', 'exit 1 unless stance accuracy reaches x (0-1)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ csc-tag eval --gold gold.json responses/',
        '  $ csc-tag eval --gold a.json --against b.json',
        '  $ csc-tag eval --gold gold.json --report reports/report.json --min-f1 0.9',
        '  $ csc-tag eval --reviews reviews.csv responses/     how far the tagger agrees with an analyst',
        '',
        'The gold and reviews formats: docs/gold-format.md; what the labels mean: docs/codebook.md.',
      ].join('\n'),
    )
    .action(async (paths: string[], _local: unknown, command: Command) => {
      // Options the main command also has (--rules, --questions) are parsed there first: read both.
      const opts = command.optsWithGlobals<{ gold?: string; reviews?: string; report?: string; against?: string; rules?: string; json?: boolean; minF1?: string; minAccuracy?: string }>();
      if (Boolean(opts.gold) === Boolean(opts.reviews)) throw new CscTagError('usage', 'eval: give one of --gold <file> or --reviews <file>');
      if (opts.reviews) {
        if (opts.against || Boolean(opts.report) === paths.length > 0) throw new CscTagError('usage', 'eval --reviews: give exactly one of: paths to tag, --report <file>');
        outcome.code = await evalReviews({ ...opts, reviews: opts.reviews }, paths, io);
        return;
      }
      const minF1 = opts.minF1 === undefined ? undefined : threshold.safeParse(opts.minF1);
      const minAccuracy = opts.minAccuracy === undefined ? undefined : threshold.safeParse(opts.minAccuracy);
      if (minF1 && !minF1.success) throw new CscTagError('usage', `--min-f1: expected a number from 0 to 1, got "${opts.minF1}"`);
      if (minAccuracy && !minAccuracy.success) throw new CscTagError('usage', `--min-accuracy: expected a number from 0 to 1, got "${opts.minAccuracy}"`);
      const sources = [opts.report, opts.against, paths.length ? 'paths' : undefined].filter(Boolean);
      if (sources.length !== 1) throw new CscTagError('usage', 'give exactly one of: paths to tag, --report <file>, --against <file>');
      const gold = readLabels(opts.gold!, io.cwd);
      let pred: GoldFile;
      let skipped = 0;
      if (opts.report || opts.against) pred = readLabels((opts.report ?? opts.against)!, io.cwd);
      else {
        const rules = loadCompiledRules(opts.rules ? path.resolve(io.cwd, opts.rules) : undefined);
        const documents: GoldFile['documents'] = [];
        skipped = await forEachDocument(paths, io, rules, DEFAULT_MAX_FILE_SIZE, (doc) => documents.push(...goldFromReport({ documents: [doc] }).documents));
        pred = { format: 'csc-gold/1', documents };
      }
      const result = evaluate(gold, pred);
      io.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : formatEval(result));
      const failed: string[] = [];
      if (minF1?.success && (result.segmentation.f1 < minF1.data || result.themes.micro.f1 < minF1.data)) failed.push(`F1 below ${minF1.data}`);
      if (minAccuracy?.success && (result.stance.all.accuracy ?? 0) < minAccuracy.data) failed.push(`stance accuracy below ${minAccuracy.data}`);
      for (const f of failed) io.stderr.write(`csc-tag: eval: ${f}\n`);
      outcome.code = failed.length ? EXIT.BELOW_THRESHOLD : skipped > 0 ? EXIT.SKIPPED : EXIT.OK;
    });
}
