import type { Discovered } from '../read/discover.js';
import { byCodeUnit } from '../text/utils.js';
import type { ForcedEncoding } from '../read/decode.js';
import type { ReadDoc, ReadItem } from '../read/formats/reader.js';
import { readInput, readStdinInput } from '../read/read-input.js';
import { STDIN_NAME } from '../read/read-document.js';
import type { DocumentReport, Skipped } from '../model/schema.js';
import type { CompiledRules } from '../rules/compile.js';
import { tagDocument, type TagOptions } from './tag-document.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipKind } from '../read/formats/zip-kind.js';
import { questionListSize } from '../questions/list.js';
import type { ColumnMap } from '../read/survey/column-map.js';
import { isSurveyFile } from '../read/survey/survey-file.js';

export interface TagCorpusOptions {
  cwd: string;
  maxFileSize: number;
  /** `--encoding`: how plain text is decoded, instead of detecting it. */
  encoding?: ForcedEncoding;
  rules: CompiledRules;
  /** Reads standard input when `-` was given. */
  readStdin?: () => Promise<Uint8Array>;
  tag?: TagOptions;
  /** --columns: what survey columns hold, overriding detection. */
  columnMap?: ColumnMap;
}

/** A tagged document keeps its decoded text until it is rendered: formats that carry the source (qdpx, html) need it. */
export type CorpusItem = { ok: true; document: DocumentReport; text: string; bytes: number } | { ok: false; skipped: Skipped; bytes: number };

/**
 * Where an item comes in a run: discovery's problems first, then the inputs
 * in path order, an input's items (an email's attachments, a survey's rows)
 * in the order they were read. Runs over parts of a corpus (--shard) are
 * merged back into one run's order by it.
 */
export interface InputOrder {
  /** 0 for a problem found while discovering the inputs, 1 for an input. */
  phase: 0 | 1;
  /** The problem's path, or the input's name as in Discovered.files (STDIN_NAME for `-`). */
  input: string;
}

/**
 * Tags the inputs one at a time, in path order, yielding each document as it
 * is finished so that nothing of it need be held after it is written.
 */
export async function* tagCorpus(inputs: Discovered, options: TagCorpusOptions): AsyncGenerator<CorpusItem & InputOrder> {
  const names = [...inputs.files, ...(inputs.stdin ? [STDIN_NAME] : [])].sort(byCodeUnit);
  const problems = [...inputs.problems].sort((a, b) => byCodeUnit(a.file, b.file));
  for (const problem of problems) yield { ok: false, skipped: { file: problem.file, code: problem.code, reason: problem.reason }, bytes: 0, phase: 0, input: problem.file };
  for (const name of names) {
    // A turn of the event loop between documents, so a signal handler can run during a long single-thread run.
    await new Promise((resolve) => setImmediate(resolve));
    const source = inputs.sources?.[name];
    const order = { phase: 1, input: name } as const;
    if (name !== STDIN_NAME && isSurveyFile(name)) {
      for await (const row of tagSurveyFile(name, { ...options, source })) yield { ...row, ...order };
      continue;
    }
    if (name === STDIN_NAME && inputs.stdin && options.readStdin) {
      const bytes = await options.readStdin();
      // A workbook is a survey, read from a file: standard input's is saved to one first.
      if (zipKind(bytes) === 'xlsx') for await (const row of tagStdinWorkbook(bytes, options)) yield { ...row, ...order };
      else for (const item of await tagItems(await readStdinInput(bytes, encodingOf(options)), options.rules, options.tag)) yield { ...item, ...order };
      continue;
    }
    for (const item of await tagFile(name, { ...options, source })) yield { ...item, ...order };
  }
}

/**
 * A survey export: one document per respondent row, tagged as each row is
 * read, so a file of any number of rows costs the memory of one. Always on
 * the calling thread: the rows of one file must come out in order.
 */
export async function* tagSurveyFile(
  file: string,
  options: Pick<TagCorpusOptions, 'cwd' | 'maxFileSize' | 'rules' | 'tag' | 'columnMap'> & { source?: string | undefined },
): AsyncGenerator<CorpusItem> {
  // Loaded when a survey is met, on the main thread only: worker threads never read one.
  const [{ readSurvey }, { tagSurveyRow }] = await Promise.all([import('../read/survey/read-survey.js'), import('./tag-survey-row.js')]);
  const isClosedForm = (text: string): boolean => options.rules.closedWordings.find(text) !== undefined;
  const rows = readSurvey(resolve(options.cwd, options.source ?? file), file, {
    maxFileSize: options.maxFileSize,
    isClosedForm,
    columnRules: options.rules.surveyColumns,
    ...(options.columnMap ? { columnMap: options.columnMap } : {}),
  });
  for await (const item of rows) {
    if (!item.ok) {
      yield { ok: false, skipped: { file: item.file, code: item.code, reason: item.reason }, bytes: 0 };
      continue;
    }
    try {
      const document = tagSurveyRow(item.document, item.encoding, item.warnings, options.rules, options.tag);
      yield { ok: true, document, text: item.document.text, bytes: document.bytes };
    } catch (error) {
      const reason = `could not be tagged (internal error: ${error instanceof Error ? error.message : String(error)}); please report it`;
      yield { ok: false, skipped: { file: item.document.file, code: 'internal-error', reason }, bytes: 0 };
    }
  }
}

/** A survey workbook given on standard input: its rows are named `<stdin>#row=N`, as a file's would be. */
async function* tagStdinWorkbook(bytes: Uint8Array, options: TagCorpusOptions): AsyncGenerator<CorpusItem> {
  const dir = mkdtempSync(join(tmpdir(), 'csc-tag-stdin-'));
  try {
    const saved = join(dir, 'stdin.xlsx');
    writeFileSync(saved, bytes);
    yield* tagSurveyFile(STDIN_NAME, { ...options, source: saved });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const encodingOf = (options: Pick<TagCorpusOptions, 'encoding'>): { encoding?: ForcedEncoding } => (options.encoding ? { encoding: options.encoding } : {});

/**
 * Reads and tags one file, on whichever thread: a file that cannot be read
 * is a skip, not an error. One file may hold several documents (an email and
 * its attachments), each its own item.
 */
export async function tagFile(file: string, options: Pick<TagCorpusOptions, 'cwd' | 'maxFileSize' | 'encoding' | 'rules' | 'tag'> & { source?: string | undefined }): Promise<CorpusItem[]> {
  const items = await readInput(file, { cwd: options.cwd, maxFileSize: options.maxFileSize, ...encodingOf(options), ...(options.source ? { source: options.source } : {}) });
  return tagItems(items, options.rules, options.tag);
}

async function tagItems(items: ReadItem[], rules: CompiledRules, tag?: TagOptions): Promise<CorpusItem[]> {
  const tagged: CorpusItem[] = [];
  for (const item of items) {
    tagged.push(item.ok ? await tagRead(item.doc, rules, tag) : { ok: false, skipped: { file: item.name, code: item.code, reason: item.reason }, bytes: 0 });
  }
  return tagged;
}

/**
 * Tags one document that was read, the same on the main thread and in a
 * worker: a bug met on one document costs that document, not the run. The
 * document is not checked against the report schema here: that cost a tenth
 * of a run, and the property tests check it on arbitrary input instead.
 */
async function tagRead(read: ReadDoc, rules: CompiledRules, tag?: TagOptions): Promise<CorpusItem> {
  const questions = questionListSize(read.text);
  if (questions > 0) {
    const reason = `looks like the consultation's list of questions (${questions} questions and no answers), not a response: pass it with --questions ${read.name}`;
    return { ok: false, skipped: { file: read.name, code: 'question-list', reason }, bytes: read.bytes };
  }
  try {
    const document = await tagDocument({ ...read, file: read.name }, rules, tag);
    return { ok: true, document, text: read.text, bytes: read.bytes };
  } catch (error) {
    const reason = `could not be tagged (internal error: ${error instanceof Error ? error.message : String(error)}); please report it`;
    return { ok: false, skipped: { file: read.name, code: 'internal-error', reason }, bytes: read.bytes };
  }
}
