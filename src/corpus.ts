import type { Discovered } from './read/discover.js';
import { readDocument, readStdinDocument, STDIN_NAME } from './read/read-document.js';
import { DocumentReport, type Skipped } from './report/schema.js';
import type { CompiledRules } from './rules/compile.js';
import { tagDocument, type TagOptions } from './tag-document.js';

export interface TagCorpusOptions {
  cwd: string;
  maxFileSize: number;
  rules: CompiledRules;
  /** Reads standard input when `-` was given. */
  readStdin?: () => Promise<Uint8Array>;
  tag?: TagOptions;
}

export type CorpusItem = { ok: true; document: DocumentReport; bytes: number } | { ok: false; skipped: Skipped; bytes: number };

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Tags the inputs one at a time, in path order, yielding each document as it
 * is finished so that nothing of it need be held after it is written.
 */
export async function* tagCorpus(inputs: Discovered, options: TagCorpusOptions): AsyncGenerator<CorpusItem> {
  const names = [...inputs.files, ...(inputs.stdin ? [STDIN_NAME] : [])].sort(byName);
  const problems = [...inputs.problems].sort((a, b) => byName(a.file, b.file));
  for (const problem of problems) yield { ok: false, skipped: { file: problem.file, code: problem.code, reason: problem.reason }, bytes: 0 };
  for (const name of names) {
    const read =
      name === STDIN_NAME && inputs.stdin && options.readStdin
        ? readStdinDocument(await options.readStdin())
        : readDocument(name, { cwd: options.cwd, maxFileSize: options.maxFileSize });
    if (!read.ok) {
      yield { ok: false, skipped: { file: read.file, code: read.code, reason: read.reason }, bytes: 0 };
      continue;
    }
    // A turn of the event loop between documents, so a signal handler can run during a long single-thread run.
    await new Promise((resolve) => setImmediate(resolve));
    let document: DocumentReport;
    try {
      const tagged = await tagDocument(
        { file: read.file, text: read.text, encoding: read.encoding, bytes: read.bytes, warnings: read.warnings },
        options.rules,
        options.tag,
      );
      // Validated before it is written: a report that breaks its own schema is a bug to catch here.
      document = DocumentReport.parse(tagged);
    } catch (error) {
      // A bug met on one document costs that document, not the run.
      const reason = `could not be tagged (internal error: ${error instanceof Error ? error.message : String(error)}); please report it`;
      yield { ok: false, skipped: { file: read.file, code: 'internal-error', reason }, bytes: read.bytes };
      continue;
    }
    yield { ok: true, document, bytes: read.bytes };
  }
}
