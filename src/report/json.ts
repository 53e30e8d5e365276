import { memberChunks } from '../questions/align.js';
import type { DocumentReport, QuestionGroup, Report } from '../model/schema.js';
import type { Meta, RunEnd } from '../model/run-end.js';

/**
 * report.json written piece by piece, so documents stream to disk one at a
 * time. It is compact, one document (a group's member, a skipped file) per
 * line: a committed report then diffs line by line, a changed document is a
 * changed line, and there is no indentation to write (pretty-printed, a
 * third of the file was spaces). It parses to the same report as ever.
 */
const value = (v: unknown): string => JSON.stringify(v);
/** An array with an item per line. */
const lines = (items: readonly unknown[]): string => (items.length === 0 ? '[]' : `[${items.map((item) => `\n${value(item)}`).join(',')}\n]`);

export function jsonHead(meta: Meta): string {
  return `{"schemaVersion":1,"generator":${value(meta.generator)},"themes":${value(meta.themes)},"documents":[`;
}

/** One document of the documents array, on a line of its own; documents are joined by JSON_SEPARATOR. */
export function jsonDocument(doc: DocumentReport): string {
  return `\n${value(doc)}`;
}
export const JSON_SEPARATOR = ',';

/** What follows the documents, a question group at a time: the groups list every respondent, so they are not built as one string. */
export function* jsonTailPieces(documentCount: number, end: RunEnd): Generator<string> {
  yield `${documentCount === 0 ? '' : '\n'}],"questions":[`;
  for (let i = 0; i < end.questions.length; i++) {
    yield `${i === 0 ? '' : ','}\n`;
    yield* groupPieces(end.questions[i]!);
  }
  yield `${end.questions.length === 0 ? '' : '\n'}],"unmatchedQuestions":${lines(end.unmatchedQuestions)},"campaigns":${lines(end.campaigns)}`;
  yield `,"prose":${value(end.prose)},"skipped":${lines(end.skipped)}`;
  const reviews = end.reviews ? `,"reviews":${reviewsJson(end.reviews)}` : '';
  const letters = end.letters ? `,"letters":${value(end.letters)}` : '';
  yield `,"ignored":${ignoredJson(end.ignored)}${reviews}${letters},"summary":${value(end.summary)}}\n`;
}

/** The ignored files a line each: a corpus may ignore thousands. */
function ignoredJson(ignored: RunEnd['ignored']): string {
  const reasons = ignored.reasons ? `,"reasons":${value(ignored.reasons)}` : '';
  return `{"files":${lines(ignored.files)},"byExtension":${value(ignored.byExtension)}${reasons}}`;
}

/** The stale reviews a line each. */
function reviewsJson(reviews: NonNullable<RunEnd['reviews']>): string {
  return `{"applied":${reviews.applied},"stale":${lines(reviews.stale)}}`;
}

/** Stands for the members while the rest of a group is stringified; JSON escapes NUL, so no text can match it. */
const MEMBERS = '\u0000members\u0000';
const MEMBERS_JSON = JSON.stringify(MEMBERS);

/**
 * A group as an item of the questions array, its members a line each and a
 * chunk at a time (a survey's group has a member per respondent): the rest
 * of the group is stringified around a marker.
 */
function* groupPieces(group: QuestionGroup): Generator<string> {
  // Key by key, reading `members` (from disk) only in chunks below.
  const shell = Object.fromEntries(Object.keys(group).map((key) => [key, key === 'members' ? MEMBERS : group[key as keyof QuestionGroup]]));
  const text = value(shell);
  const at = text.indexOf(MEMBERS_JSON);
  yield text.slice(0, at);
  let first = true;
  for (const chunk of memberChunks(group)) {
    if (chunk.length === 0) continue;
    yield (first ? '[' : ',') + chunk.map((m) => `\n${value(m)}`).join(',');
    first = false;
  }
  yield first ? '[]' : '\n]';
  yield text.slice(at + MEMBERS_JSON.length);
}

export function jsonTail(documentCount: number, end: RunEnd): string {
  return [...jsonTailPieces(documentCount, end)].join('');
}

export function formatJson(report: Report): string {
  return jsonHead({ generator: report.generator, themes: report.themes }) + report.documents.map((doc) => jsonDocument(doc)).join(JSON_SEPARATOR) + jsonTail(report.documents.length, report);
}
