import path from 'node:path';
import type { Command } from 'commander';
import { CscTagError } from '../model/errors.js';
import { readLabels } from '../eval/read-labels.js';
import { loadCompiledRules } from '../pipeline/load-rules.js';
import { explainedRule, listedRules } from '../rules/describe.js';
import { RuleStatsCollector } from '../eval/rule-stats.js';
import { forEachDocument } from './collect.js';
import type { Io } from './io.js';
import { EXIT } from './exit-codes.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/run/tag-run.js';
import { shorten } from '../text/utils.js';

export function addRulesCommand(program: Command, io: Io, outcome: { code: number }): void {
  program
    .command('rules')
    .description('list the rules in effect (built-in plus --rules), explain one, or show how each fares on a corpus')
    .argument('[paths...]', 'with --stats: documents to measure the rules on')
    .option('--rules <file>', 'a rules file to merge with the built-in rules')
    .option('--explain <id>', 'show one rule whole: patterns, examples, source')
    .option('--json', 'print the effective rules as a rules file (JSON)')
    .option('--stats', 'per rule: segments it fired on, agreement and conflict with the final label')
    .option('--gold <file>', 'with --stats: how often the label each rule supported was right')
    .addHelpText('after', '\nExamples:\n  $ csc-tag rules\n  $ csc-tag rules --explain stance.cue.support\n  $ csc-tag rules --stats --gold gold.json responses/')
    .action(async (paths: string[], _local: unknown, command: Command) => {
      // Options the main command also has (--rules) are parsed there first: read both.
      const opts = command.optsWithGlobals<{ rules?: string; explain?: string; json?: boolean; stats?: boolean; gold?: string }>();
      const compiled = loadCompiledRules(opts.rules ? path.resolve(io.cwd, opts.rules) : undefined);
      if (opts.json) {
        io.stdout.write(JSON.stringify({ extends: false, rules: compiled.rules }, null, 2) + '\n');
        return;
      }
      if (opts.explain) {
        const rule = explainedRule(compiled.rules, opts.explain);
        if (!rule) throw new CscTagError('usage', `no rule has the id "${opts.explain}" (see \`csc-tag rules\`)`);
        io.stdout.write(JSON.stringify(rule, null, 2) + '\n');
        return;
      }
      if (opts.stats) {
        if (paths.length === 0) throw new CscTagError('usage', '--stats needs paths to measure the rules on');
        const collector = new RuleStatsCollector(opts.gold ? readLabels(opts.gold, io.cwd) : undefined);
        const skipped = await forEachDocument(paths, io, compiled, DEFAULT_MAX_FILE_SIZE, (doc) => collector.addDocument(doc), { onFired: collector.onFired, onFurniture: collector.onFurniture });
        const rows = collector.result(compiled.rules.map((r) => r.id));
        const header = `${'rule'.padEnd(32)} ${'fired'.padStart(6)} ${'decided'.padStart(8)} ${'agreed'.padStart(7)} ${'conflict'.padStart(9)}${opts.gold ? `  ${'right'.padStart(11)}` : ''}`;
        const lines = rows.map((s) => {
          const right = opts.gold ? `  ${s.judged ? `${s.right}/${s.judged} ${Math.round((100 * s.right) / s.judged)}%`.padStart(11) : '-'.padStart(11)}` : '';
          return `${s.rule.padEnd(32)} ${String(s.fired).padStart(6)} ${String(s.decided).padStart(8)} ${String(s.agreed).padStart(7)} ${String(s.conflicted).padStart(9)}${right}`;
        });
        io.stdout.write([header, ...lines].join('\n') + '\n');
        if (skipped > 0) outcome.code = EXIT.SKIPPED;
        return;
      }
      const lines = listedRules(compiled.rules).map((r) => `${r.id.padEnd(32)} ${r.kind.padEnd(14)} ${r.target.padEnd(14)} ${shorten(r.patterns.join(' | '), 70)}\n${' '.repeat(33)}${r.description}`);
      io.stdout.write(lines.join('\n') + '\n');
    });
}
