import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { CscTagError } from '../model/errors.js';
import type { DocumentReport, Segment } from '../model/schema.js';
import { STANCE_LABELS } from '../model/stance-labels.js';
import { loadCompiledRules } from '../pipeline/load-rules.js';
import { byConfidence, reviewRow, reviewWorkbook, type ReviewRow } from '../report/xlsx/review-sheet.js';
import { plural } from '../text/utils.js';
import { forEachDocument } from './collect.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/run/tag-run.js';

const DEFAULT_FILE = 'review.xlsx';
const repeat = (value: string, previous: string[] = []): string[] => [...previous, value];

interface Asked {
  questions: string[];
  stances: string[];
  themes: string[];
}

/** Whether the analyst asked for this segment by its question (number or words), its stance or a theme. */
function asked(segment: Segment, ask: Asked): boolean {
  const question = (segment.question ?? '').toLowerCase();
  return (
    ask.questions.some((q) => segment.number === q.toLowerCase() || (q.length > 2 && question.includes(q.toLowerCase()))) ||
    ask.stances.includes(segment.stance.label) ||
    segment.themes.some((t) => ask.themes.includes(t.theme))
  );
}

/**
 * `csc-tag review PATHS -o review.xlsx`: the review sheet. The question
 * segments the tagger was least sure of (--limit of them), and every segment
 * the analyst asks for, lowest confidence first.
 */
export function addReviewCommand(program: Command, io: Io, outcome: { code: number }): void {
  program
    .command('review')
    .description('write a review sheet (.xlsx) of the segments to check, lowest confidence first, with a drop-down for the reviewed stance; filled in, it is a --reviews file')
    .argument('<paths...>', 'documents to tag')
    .option('--limit <n>', 'how many of the least sure question segments', '100')
    .option('--question <number or words>', 'also every answer to this question (repeatable)', repeat)
    .option('--stance <label>', `also every segment with this stance: ${STANCE_LABELS.join(', ')} (repeatable)`, repeat)
    .option('--theme <name>', 'also every segment with this theme (repeatable)', repeat)
    .addHelpText(
      'after',
      [
        '',
        `-o names the sheet (default ${DEFAULT_FILE}); --rules works as for a run.`,
        '',
        'Examples:',
        '  $ csc-tag review responses/ -o review.xlsx',
        '  $ csc-tag review responses/ --limit 20 --question 7 --stance disagree',
        '  $ csc-tag responses/ --reviews review.xlsx     apply the filled-in sheet',
      ].join('\n'),
    )
    .action(async (paths: string[], _local: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ out: string; rules?: string; limit: string; question?: string[]; stance?: string[]; theme?: string[] }>();
      const limit = z.coerce.number().int().min(0).safeParse(opts.limit);
      if (!limit.success) throw new CscTagError('usage', `review --limit: expected a whole number, got "${opts.limit}"`);
      const bad = (opts.stance ?? []).find((s) => !(STANCE_LABELS as readonly string[]).includes(s));
      if (bad !== undefined) throw new CscTagError('usage', `review --stance: "${bad}" is not a stance (${STANCE_LABELS.join(', ')})`);
      const rules = loadCompiledRules(opts.rules ? path.resolve(io.cwd, opts.rules) : undefined);
      const unknownTheme = (opts.theme ?? []).find((t) => !rules.themes.includes(t));
      if (unknownTheme !== undefined) throw new CscTagError('usage', `review --theme: "${unknownTheme}" is not a theme (${rules.themes.join(', ')})`);
      // -o is the main command's option, whose default is the reports folder: a review sheet has its own.
      const file = path.resolve(io.cwd, program.getOptionValueSource('out') === 'default' ? DEFAULT_FILE : opts.out);
      const ask: Asked = { questions: opts.question ?? [], stances: opts.stance ?? [], themes: opts.theme ?? [] };
      const { rows, skipped } = await selectRows(paths, io, rules, limit.data, ask);
      writeAtomically(file, await reviewWorkbook(rows));
      io.stderr.write(`csc-tag: ${path.relative(io.cwd, file).split(path.sep).join('/')}: ${plural(rows.length, 'segment')} to review\n`);
      outcome.code = skipped > 0 ? EXIT.SKIPPED : EXIT.OK;
    });
}

async function selectRows(paths: string[], io: Io, rules: ReturnType<typeof loadCompiledRules>, limit: number, ask: Asked): Promise<{ rows: ReviewRow[]; skipped: number }> {
  const wanted: ReviewRow[] = [];
  // The least sure so far, cut back to `limit` whenever it doubles: memory stays bounded by the limit.
  let least: ReviewRow[] = [];
  const take = (doc: DocumentReport): void => {
    for (const segment of doc.segments) {
      if (asked(segment, ask)) wanted.push(reviewRow(doc, segment));
      else if (segment.kind === 'question' && limit > 0) least.push(reviewRow(doc, segment));
    }
    if (least.length > 2 * limit) least = least.sort(byConfidence).slice(0, limit);
  };
  const skipped = await forEachDocument(paths, io, rules, DEFAULT_MAX_FILE_SIZE, take);
  return { rows: [...wanted, ...least.sort(byConfidence).slice(0, limit)].sort(byConfidence), skipped };
}

/** The sheet appears whole or not at all. */
function writeAtomically(file: string, chunks: readonly Uint8Array[]): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, Buffer.concat(chunks));
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new CscTagError('out-not-writable', `cannot write the review sheet (${(error as NodeJS.ErrnoException).code ?? 'error'})`, path.basename(file));
  }
}
