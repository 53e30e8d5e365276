import { memberChunks } from '../questions/align.js';
import type { DocumentReport, QuestionGroup, Report } from '../model/schema.js';
import type { Meta, RunEnd } from '../model/run-end.js';

/**
 * report.json written piece by piece, so documents stream to disk one at a
 * time; the pieces join to exactly `JSON.stringify(report, null, 2) + "\n"`.
 */
const indent = (json: string, by: number): string => json.replace(/\n/g, '\n' + ' '.repeat(by));
const value = (v: unknown): string => indent(JSON.stringify(v, null, 2), 2);

export function jsonHead(meta: Meta): string {
  return `{\n  "schemaVersion": 1,\n  "generator": ${value(meta.generator)},\n  "themes": ${value(meta.themes)},\n  "documents": [`;
}

/**
 * A value as it appears as an item of a top-level array: stringified inside
 * such an array, so JSON.stringify indents it natively instead of a second
 * pass over a document's worth of text.
 */
function arrayItem(v: unknown): string {
  const wrapped = JSON.stringify({ a: [v] }, null, 2);
  return wrapped.slice(ITEM_PREFIX.length, wrapped.length - ITEM_SUFFIX.length);
}
const ITEM_PREFIX = '{\n  "a": [\n    ';
const ITEM_SUFFIX = '\n  ]\n}';

/** One document of the documents array; documents are joined by JSON_SEPARATOR. */
export function jsonDocument(doc: DocumentReport): string {
  return `\n    ${arrayItem(doc)}`;
}
export const JSON_SEPARATOR = ',';

/** What follows the documents, a question group at a time: the groups list every respondent, so they are not built as one string. */
export function* jsonTailPieces(documentCount: number, end: RunEnd): Generator<string> {
  yield `${documentCount === 0 ? ']' : '\n  ]'},\n  "questions": `;
  if (end.questions.length === 0) yield '[]';
  else {
    yield '[';
    for (let i = 0; i < end.questions.length; i++) {
      yield `${i === 0 ? '' : ','}\n    `;
      yield* groupPieces(end.questions[i]!);
    }
    yield '\n  ]';
  }
  yield `,\n  "unmatchedQuestions": ${value(end.unmatchedQuestions)},\n  "skipped": ${value(end.skipped)},\n  "ignored": ${value(end.ignored)},\n  "summary": ${value(end.summary)}\n}\n`;
}

/** Stands for the members while the rest of a group is stringified; JSON escapes NUL, so no text can match it. */
const MEMBERS = '\u0000members\u0000';
const MEMBERS_JSON = JSON.stringify(MEMBERS);

/**
 * A group as an item of the questions array, its members a chunk at a time
 * (a survey's group has a member per respondent): the rest of the group is
 * stringified around a marker, and each member at the depth it would have.
 */
function* groupPieces(group: QuestionGroup): Generator<string> {
  // Key by key, reading `members` (from disk) only in chunks below.
  const shell = Object.fromEntries(Object.keys(group).map((key) => [key, key === 'members' ? MEMBERS : group[key as keyof QuestionGroup]]));
  const text = arrayItem(shell);
  const at = text.indexOf(MEMBERS_JSON);
  yield text.slice(0, at);
  let first = true;
  for (const chunk of memberChunks(group)) {
    if (chunk.length === 0) continue;
    yield (first ? '[' : ',') + chunk.map((m) => `\n        ${indent(JSON.stringify(m, null, 2), 8)}`).join(',');
    first = false;
  }
  yield first ? '[]' : '\n      ]';
  yield text.slice(at + MEMBERS_JSON.length);
}

export function jsonTail(documentCount: number, end: RunEnd): string {
  return [...jsonTailPieces(documentCount, end)].join('');
}

export function formatJson(report: Report): string {
  return jsonHead({ generator: report.generator, themes: report.themes }) + report.documents.map((doc) => jsonDocument(doc)).join(JSON_SEPARATOR) + jsonTail(report.documents.length, report);
}
