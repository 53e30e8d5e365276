import path from 'node:path';
import type { Command } from 'commander';
import { readProposal } from '../classify/proposal.js';
import { QuestionAligner } from '../questions/align.js';
import { wholeGroup } from '../questions/group-members.js';
import { proposalLine } from '../questions/proposal-line.js';
import { sanitiseForTerminal } from '../text/escape-terminal.js';
import { loadCompiledRules } from '../pipeline/load-rules.js';
import { forEachDocument } from './collect.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/run/tag-run.js';
import { readQuestionList } from '../questions/list.js';

export function addQuestionsCommand(program: Command, io: Io, outcome: { code: number }): void {
  program
    .command('questions')
    .description('group the same consultation question across documents, so the alignment can be checked')
    .argument('<paths...>', 'documents to align')
    .option('--questions <file>', "the consultation's own questions, one per line (optionally numbered)")
    .option('--rules <file>', 'rules file to tag with')
    .option('--json', 'print the groups as JSON (as in report.json)')
    .addHelpText('after', '\nExamples:\n  $ csc-tag questions responses/\n  $ csc-tag questions --questions consultation-questions.txt responses/')
    .action(async (paths: string[], _local: unknown, command: Command) => {
      // Options the main command also has (--rules, --questions) are parsed there first: read both.
      const opts = command.optsWithGlobals<{ questions?: string; rules?: string; json?: boolean }>();
      const rules = loadCompiledRules(opts.rules ? path.resolve(io.cwd, opts.rules) : undefined);
      const aligner = new QuestionAligner(rules.themes, opts.questions ? readQuestionList(opts.questions, io.cwd) : undefined);
      const skipped = await forEachDocument(paths, io, rules, DEFAULT_MAX_FILE_SIZE, (doc) => aligner.addDocument(doc));
      const { questions, unmatchedQuestions } = aligner.result();
      if (opts.json) io.stdout.write(JSON.stringify({ questions: questions.map((q) => wholeGroup(q, aligner.members(q.id))), unmatchedQuestions }, null, 2) + '\n');
      else {
        const clean = (s: string): string => sanitiseForTerminal(s);
        const lines: string[] = [];
        for (const q of questions) {
          lines.push(`${q.id}${q.number ? ` (${clean(q.number)})` : ''}  ${q.respondents} respondent${q.respondents === 1 ? '' : 's'}  ${clean(q.text)}`);
          lines.push(`    ${clean(proposalLine(readProposal(q.text, rules).report))}`);
          for (const chunk of aligner.members(q.id)) for (const m of chunk) lines.push(`    ${clean(m.file)} ${m.id}${m.number ? ` (${clean(m.number)})` : ''}: ${clean(m.question)}`);
        }
        if (unmatchedQuestions.length > 0) {
          lines.push('not matched to the question list:');
          for (const u of unmatchedQuestions) lines.push(`    ${clean(u.file)} ${u.id}${u.number ? ` (${clean(u.number)})` : ''}: ${clean(u.question)}`);
        }
        io.stdout.write(lines.join('\n') + '\n');
      }
      aligner.close();
      outcome.code = skipped > 0 ? EXIT.SKIPPED : EXIT.OK;
    });
}
