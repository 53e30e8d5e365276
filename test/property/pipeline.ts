import { readStdinInput } from '../../src/read/read-input.js';
import { STDIN_NAME } from '../../src/read/input-names.js';
import type { DocumentReport, Report, Skipped } from '../../src/model/schema.js';
import { buildReport } from '../../src/totals/run-totals.js';
import { loadCompiledRules } from '../../src/pipeline/load-rules.js';
import { type CompiledRules } from '../../src/rules/index.js';
import { tagDocument } from '../../src/pipeline/tag-document.js';

/** Compiled once per test file: compiling the built-in rules is the slow part of start-up. */
export const RULES: CompiledRules = loadCompiledRules();

export type Tagged = { ok: true; text: string; document: DocumentReport } | { ok: false; skipped: Skipped };

/**
 * Bytes through the same steps as `csc-tag -`: read and decode as standard
 * input, then tag. `file` renames the document (a `.md` name makes it Markdown),
 * as reading it from a file of that name would.
 */
export async function tagBytes(bytes: Uint8Array, file?: string, rules: CompiledRules = RULES): Promise<Tagged> {
  const name = file ?? STDIN_NAME;
  for await (const item of readStdinInput(bytes, {})) {
    if (!item.ok) return { ok: false, skipped: { file: name, code: item.code, reason: item.reason } };
    const read = item.doc;
    const document = await tagDocument({ file: name, text: read.text, encoding: read.encoding, bytes: read.bytes, warnings: read.warnings }, rules);
    return { ok: true, text: read.text, document };
  }
  throw new Error('standard input gave no item');
}

/**
 * A report as the CLI assembles it (src/cli/tag-command.ts): documents in
 * order, summary and question groups gathered as they come, skips sorted.
 */
export function assembleReport(items: readonly Tagged[], rules: CompiledRules = RULES): Report {
  const documents = items.flatMap((item) => (item.ok ? [item.document] : []));
  const skipped = items.flatMap((item) => (item.ok ? [] : [item.skipped]));
  return buildReport(documents, skipped, { generator: { name: 'csc-tag', version: 'test' }, themes: rules.themes });
}
