import path from 'node:path';
import type { Command } from 'commander';
import { CscTagError } from '../model/errors.js';
import { sanitiseForTerminal as clean } from '../text/escape-terminal.js';
import { readerForName } from '../read/formats/index.js';
import { surveyLayout, type ColumnPlan } from '../read/survey/index.js';
import { loadCompiledRules } from '../pipeline/load-rules.js';
import { readColumnMap } from '../pipeline/column-map-file.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/run/tag-run.js';

const HEADER_SHOWN = 48;

/** The detected layout in --columns form, so it can be saved, corrected and given back. */
export function asColumnMap(columns: readonly ColumnPlan[], headerRows: number): { headerRows: 1 | 2; columns: Record<string, unknown> } {
  const entries = columns.map((c): [string, unknown] => [c.letter, c.kind === 'explanation' && c.explains !== null ? { kind: 'explanation', explains: columns[c.explains]!.letter } : c.kind]);
  return { headerRows: headerRows === 2 ? 2 : 1, columns: Object.fromEntries(entries) };
}

function line(c: ColumnPlan): string {
  const header = c.header.length > HEADER_SHOWN ? c.header.slice(0, HEADER_SHOWN - 1) + '…' : c.header;
  return `${c.letter.padEnd(4)}${clean(header).padEnd(HEADER_SHOWN + 2)}${c.kind.padEnd(13)}${clean(c.number ?? '').padEnd(11)}${clean(c.why)}`;
}

export function addColumnsCommand(program: Command, io: Io, outcome: { code: number }): void {
  program
    .command('columns')
    .description('what each column of a survey export (.csv, .xlsx) was taken for, to check it or to write a --columns map')
    .argument('<file>', 'a survey export')
    .option('--columns <file>', 'a column map to apply, to check it')
    .option('--json', 'print the columns as a --columns map (JSON), to edit and give back')
    .addHelpText('after', '\nExamples:\n  $ csc-tag columns responses.xlsx\n  $ csc-tag columns --json responses.csv > map.json   # edit, then\n  $ csc-tag --columns map.json responses.csv')
    .action(async (file: string, _local: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ columns?: string; json?: boolean; rules?: string }>();
      if (readerForName(file)?.name !== 'survey') throw new CscTagError('usage', 'not a survey export: expected a .csv or .xlsx file', file);
      const rules = loadCompiledRules(opts.rules ? path.resolve(io.cwd, opts.rules) : undefined);
      const columnMap = opts.columns ? readColumnMap(opts.columns, io.cwd) : undefined;
      let layout;
      try {
        layout = await surveyLayout(path.resolve(io.cwd, file), {
          maxFileSize: DEFAULT_MAX_FILE_SIZE,
          isClosedForm: (text) => rules.closedWordings.find(text) !== undefined,
          columnRules: rules.surveyColumns,
          ...(columnMap ? { columnMap } : {}),
        });
      } catch (error) {
        throw new CscTagError('unreadable', `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, file);
      }
      if (!layout.ok) throw new CscTagError(layout.code, layout.reason, file);
      for (const w of layout.warnings) io.stderr.write(`csc-tag: ${clean(file)}: ${clean(w.message)}\n`);
      const { headerRows, columns } = layout.layout;
      if (opts.json) {
        io.stdout.write(JSON.stringify(asColumnMap(columns, headerRows.length), null, 2) + '\n');
      } else {
        const where = layout.sheet === null ? `${layout.encoding}` : `sheet "${clean(layout.sheet)}"`;
        const rows = headerRows.length === 2 ? `header rows ${headerRows.join(' and ')} (ids, then questions)` : `header row ${headerRows[0]}`;
        io.stdout.write(`${clean(file)}: ${where}; ${rows}; judged on the first ${layout.sampled} data rows\n`);
        io.stdout.write(columns.map(line).join('\n') + '\n');
        // Said on stdout, with the columns it follows from: a run lists the file as ignored for this reason.
        if (layout.notSurvey !== null) io.stdout.write(`not a survey: ${layout.notSurvey}; a run ignores it\n`);
      }
      outcome.code = EXIT.OK;
    });
}
