import path from 'node:path';
import { tagCorpus } from '../corpus.js';
import { CscTagError } from '../errors.js';
import { discoverInputs } from '../read/discover.js';
import type { DocumentReport, Skipped } from '../report/schema.js';
import type { CompiledRules } from '../rules/compile.js';
import type { TagOptions } from '../tag-document.js';
import type { Io } from './io.js';

/** Tags the paths for a subcommand (eval, rules --stats, kwic), handing each document over as it is done. */
export async function forEachDocument(
  paths: string[],
  io: Io,
  rules: CompiledRules,
  maxFileSize: number,
  each: (doc: DocumentReport) => void,
  tag?: TagOptions,
): Promise<Skipped[]> {
  const inputs = await discoverInputs(paths, { cwd: io.cwd });
  if (inputs.files.length === 0 && !inputs.stdin) throw new CscTagError('no-input', `no input found in ${paths.map((p) => path.normalize(p)).join(', ') || '(no paths)'}`);
  const skipped: Skipped[] = [];
  for await (const item of tagCorpus(inputs, { cwd: io.cwd, maxFileSize, rules, readStdin: io.readStdin, ...(tag ? { tag } : {}) })) {
    if (item.ok) each(item.document);
    else skipped.push(item.skipped);
  }
  return skipped;
}
