import { inlineMembers } from '../questions/group-members.js';
import type { DocumentReport, Report } from '../model/schema.js';
import type { GroupMembers, MemberChunks, Meta, QuestionTotals, RunEnd } from '../model/run-end.js';

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

/**
 * What follows the documents, a question group at a time, each group's members read from `members`: the
 * groups list every respondent, so they are not built as one string.
 */
export function* jsonTailPieces(documentCount: number, end: RunEnd, members: GroupMembers): Generator<string> {
  yield `${documentCount === 0 ? '' : '\n'}],"questions":[`;
  for (let i = 0; i < end.questions.length; i++) {
    const group = end.questions[i]!;
    yield `${i === 0 ? '' : ','}\n`;
    yield* groupPieces(group, members(group.id));
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
function* groupPieces(group: QuestionTotals, members: MemberChunks): Generator<string> {
  // The members go after `listed`, as the schema has them; a group of a report in memory holds its own, which `members` reads too.
  const { id, number, text, listed } = group;
  const json = value(Object.assign({ id, number, text, listed, members: MEMBERS }, group, { members: MEMBERS }));
  const at = json.indexOf(MEMBERS_JSON);
  yield json.slice(0, at);
  let first = true;
  for (const chunk of members) {
    if (chunk.length === 0) continue;
    yield (first ? '[' : ',') + chunk.map((m) => `\n${value(m)}`).join(',');
    first = false;
  }
  yield first ? '[]' : '\n]';
  yield json.slice(at + MEMBERS_JSON.length);
}

export function jsonTail(documentCount: number, end: RunEnd, members: GroupMembers): string {
  return [...jsonTailPieces(documentCount, end, members)].join('');
}

export function formatJson(report: Report): string {
  const tail = jsonTail(report.documents.length, report, inlineMembers(report.questions));
  return jsonHead({ generator: report.generator, themes: report.themes }) + report.documents.map((doc) => jsonDocument(doc)).join(JSON_SEPARATOR) + tail;
}
