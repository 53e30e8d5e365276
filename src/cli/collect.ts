import path from 'node:path';
import { tagCorpus } from '../pipeline/corpus.js';
import { CscTagError } from '../model/errors.js';
import { discoverInputs } from '../read/discover.js';
import type { DocumentReport } from '../model/schema.js';
import type { CompiledRules } from '../rules/compile.js';
import type { TagOptions } from '../pipeline/tag-document.js';
import { Chalk } from 'chalk';
import type { Io } from './io.js';
import { skippedLine } from './run-summary.js';

/** Subcommands print plain text: their output is for reading and scripts alike. */
export const plainChalk = new Chalk({ level: 0 });

/**
 * Tags the paths for a subcommand (eval, rules --stats, questions), handing
 * each document over as it is done; skipped inputs are named on stderr, and
 * their count is returned so the command exits 1 as the main command does.
 */
export async function forEachDocument(paths: string[], io: Io, rules: CompiledRules, maxFileSize: number, each: (doc: DocumentReport, text: string) => void, tag?: TagOptions): Promise<number> {
  const inputs = await discoverInputs(paths, { cwd: io.cwd });
  if (inputs.files.length === 0 && !inputs.stdin) throw new CscTagError('no-input', `no input found in ${paths.map((p) => path.normalize(p)).join(', ') || '(no paths)'}`);
  let skipped = 0;
  for await (const item of tagCorpus(inputs, { cwd: io.cwd, maxFileSize, rules, readStdin: io.readStdin, ...(tag ? { tag } : {}) })) {
    if (item.ok) each(item.document, item.text);
    else {
      skipped++;
      io.stderr.write(skippedLine(item.skipped, plainChalk, io.debug ? item.trace : undefined));
    }
  }
  return skipped;
}
