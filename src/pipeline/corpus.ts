import type { Discovered } from '../read/discover.js';
import type { ReadDoc, ReadItem } from '../read/formats/reader.js';
import { readInput, type InputOptions } from '../read/read-input.js';
import type { ColumnMap } from '../read/survey/column-map.js';
import type { SurveyReading } from '../read/survey/types.js';
import type { DocumentReport, Skipped } from '../model/schema.js';
import type { CompiledRules } from '../rules/compile.js';
import { questionListSize } from '../questions/list.js';
import { readCorpus, type InputOrder, type ReadCorpusOptions } from './read-corpus.js';
import { tagDocument, type TagOptions } from './tag-document.js';
import { tagSurveyRow } from './tag-survey-row.js';
import { internalErrorSkip } from '../model/errors.js';

export type { InputOrder } from './read-corpus.js';

export interface TagCorpusOptions extends Omit<ReadCorpusOptions, 'survey'> {
  rules: CompiledRules;
  tag?: TagOptions;
  /** --columns: what survey columns hold, overriding detection. */
  columnMap?: ColumnMap;
}

/** A tagged document keeps its decoded text until it is rendered: formats that carry the source (qdpx, html) need it. */
export type CorpusItem = { ok: true; document: DocumentReport; text: string; bytes: number } | { ok: false; skipped: Skipped; bytes: number; trace?: string };

/** How survey columns are judged in a run: by the rules in effect, and `--columns`. */
export function surveyReading(rules: CompiledRules, columnMap?: ColumnMap): SurveyReading {
  return { isClosedForm: (text) => rules.closedWordings.find(text) !== undefined, columnRules: rules.surveyColumns, ...(columnMap ? { columnMap } : {}) };
}

/**
 * Tags the inputs one document at a time, in the order readCorpus reads
 * them, yielding each as it is finished so that nothing of it need be held
 * after it is written: a survey of any number of rows costs one row.
 */
export async function* tagCorpus(inputs: Discovered, options: TagCorpusOptions): AsyncGenerator<CorpusItem & InputOrder> {
  const { rules, tag, columnMap, ...read } = options;
  const survey = surveyReading(rules, columnMap);
  for await (const item of readCorpus(inputs, { ...read, survey: () => survey })) {
    yield { ...(await tagItem(item, rules, tag)), phase: item.phase, input: item.input };
  }
}

export type TagInputOptions = Omit<InputOptions, 'survey' | 'limits'> & Pick<TagCorpusOptions, 'rules' | 'tag' | 'columnMap'>;

/** Reads and tags one input, yielding each of its documents as it is done (an email's attachments, a survey's rows). */
export async function* tagInput(file: string, options: TagInputOptions): AsyncGenerator<CorpusItem> {
  const { rules, tag, columnMap, ...read } = options;
  const survey = surveyReading(rules, columnMap);
  for await (const item of readInput(file, { ...read, survey: () => survey })) yield tagItem(item, rules, tag);
}

/** One input's items together, on whichever thread: a worker sends a file's items back in one message. */
export async function tagFile(file: string, options: TagInputOptions): Promise<CorpusItem[]> {
  const items: CorpusItem[] = [];
  for await (const item of tagInput(file, options)) items.push(item);
  return items;
}

/**
 * A document read is tagged, the same on the main thread and in a worker (a
 * survey row at once, with no promise: there are many); an input that could
 * not be read is its skip. The document is not checked against the report
 * schema here: that cost a tenth of a run, and the property tests check it
 * on arbitrary input instead.
 */
function tagItem(item: ReadItem, rules: CompiledRules, tag?: TagOptions): Promise<CorpusItem> | CorpusItem {
  if (!item.ok) return { ok: false, skipped: { file: item.name, code: item.code, reason: item.reason }, bytes: 0, ...(item.trace ? { trace: item.trace } : {}) };
  const read = item.doc;
  if (read.survey) {
    try {
      return tagged(read, tagSurveyRow({ ...read, survey: read.survey }, rules, tag));
    } catch (error) {
      return failed(read, error);
    }
  }
  const questions = questionListSize(read.text);
  if (questions > 0) {
    const reason = `looks like the consultation's list of questions (${questions} questions and no answers), not a response: pass it with --questions ${read.name}`;
    return { ok: false, skipped: { file: read.name, code: 'question-list', reason }, bytes: read.bytes };
  }
  return tagDocument({ ...read, file: read.name }, rules, tag).then(
    (document) => tagged(read, document),
    (error: unknown) => failed(read, error),
  );
}

const tagged = (read: ReadDoc, document: DocumentReport): CorpusItem => ({ ok: true, document, text: read.text, bytes: read.bytes });

/** A bug met on one document costs that document, not the run. */
function failed(read: ReadDoc, error: unknown): CorpusItem {
  return { ok: false, ...internalErrorSkip(read.name, error, 'tagged'), bytes: read.bytes };
}
