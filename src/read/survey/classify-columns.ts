import type { SurveyColumnRules } from '../../rules/survey-columns.js';
import { columnLetter, headerNumber } from './headers.js';
import type { ColumnKind, ColumnPlan, TableRow } from './types.js';
import { commonShape, isNumericScale, type ValueShape } from './value-shapes.js';

/** One regex matching any of the parts: long alternations are written as parts so no line passes the print width. */
function anyOf(parts: readonly RegExp[], flags = ''): RegExp {
  return new RegExp(parts.map((part) => part.source).join('|'), flags);
}

const ID_HEADER = /^(?:(?:respondent|response|submission|unique|record)\s*)?(?:id|ref(?:erence)?(?:\s*(?:number|no\.?))?|#)$|^(?:respondent|response) (?:id|number|no\.?)$/i;
const NAME_HEADER = /^(?:(?:what is |please give )?(?:your |the )?(?:full )?(?:(?:organisation|organization|company|group)(?:'s)? )?name(?: of (?:your )?(?:organisation|organization))?\??)$/i;
/** Personal data and survey-platform metadata: not answers, and not attributes to break results down by. */
const IGNORED_HEADER = anyOf(
  [
    /timestamp|\b(?:start|end|completion|submission|submitted|modified)\b.*\b(?:date|time)\b|^(?:date|time)\b/,
    /e-?mail|post ?code|phone|telephone|address|ip\b|consent|privacy|gdpr|user ?agent|collector|last page/,
  ],
  'i',
);
const ATTRIBUTE_HEADER = new RegExp(
  `^(?:${
    anyOf([
      /are you (?:responding|answering|replying)|(?:are you (?:an?|the)\s|which of the following best describes|which best describes)|what (?:type|kind|sort) of/,
      /respondent type|type of (?:respondent|organisation|organization)|(?:organisation|organization) type|responding as|in what capacity|capacity\b/,
      /region\b|area\b|where do you live|local authority\b|sector\b|role\b|age(?: band| group| range)?\b|how old|gender\b|sex\b|ethnic/,
    ]).source
  })`,
  'i',
);
const EXPLAIN_HEADER = anyOf(
  [
    /please (?:explain|give (?:your )?reasons?|tell us (?:why|more)|provide (?:any )?(?:further |more )?(?:details|comments|reasons|information))/,
    /explain your (?:answer|response|choice|views?)|reasons? for your (?:answer|response)|\bwhy\b|use this (?:space|box) to explain/,
    /(?:any )?(?:further|additional|other) comments?\b/,
  ],
  'i',
);

/** A header that asks the respondent something: a question mark, a question number, or a question's opening words. */
const ASKS = /\?\s*$|^(?:how|what|why|which|when|where|who|do|does|did|is|are|should|would|could|can|will|have|has|to what extent|please|overall)\b/i;
/** A header that names free text though it asks nothing (`Comments`, `Your response`): its answers are answers, however short. */
const COMMENT_HEADER = /\b(?:comments?|responses?|views?|answers?|feedback|opinions?|suggestions?|thoughts|remarks|reasons?|details)\b/i;
/** A header that names a numeric scale: answers 1-5 or 0-10 to it are scale points, not counts. */
const NUMERIC_SCALE_HEADER = /\b(?:scale|rate|rating|score|\d+\s*(?:-|–|to)\s*\d+)\b|how (?:likely|important|satisfied|useful|strongly|much do you agree)|to what extent/i;

const SHAPE_NAMES: Record<Exclude<ValueShape, 'code'>, string> = { date: 'dates or times', email: 'e-mail addresses', url: 'URLs or links', postcode: 'postcodes', number: 'numbers' };

/** Whether a column's header (or its short id, `Q3`) asks the respondent something. */
function asksSomething(header: string, id: string | null): boolean {
  const { number, rest } = headerNumber(header);
  return ASKS.test(rest) || number !== null || (id !== null && /\d/.test(id));
}

export interface ClassifyInput {
  /** The header row (question text); a first row of short ids when the export has two. */
  header: TableRow;
  ids?: TableRow;
  /** The first data rows, to judge what each column holds. */
  sample: readonly TableRow[];
  /** Whether a value is a closed answer the stance rules know. */
  isClosedForm: (text: string) => boolean;
  /** The `survey-columns` rule: thresholds, scale points, questions about the respondent. */
  columnRules: SurveyColumnRules;
}

interface Stats {
  values: string[];
  distinct: Set<string>;
  longest: number;
  /** Answers that are scale points. */
  scale: number;
  meanWords: number;
}

function statsOf(index: number, input: ClassifyInput): Stats {
  const values = input.sample.map((row) => (row.cells[index] ?? '').trim()).filter(Boolean);
  const distinct = new Set(values.map((v) => v.toLowerCase()));
  const isScale = (v: string): boolean => input.columnRules.isScalePoint(v) || input.isClosedForm(v);
  const words = values.reduce((n, v) => n + v.split(/\s+/).length, 0);
  return {
    values,
    distinct,
    longest: values.reduce((m, v) => Math.max(m, v.length), 0),
    scale: values.filter(isScale).length,
    meanWords: values.length ? words / values.length : 0,
  };
}

const quoteList = (values: Iterable<string>, max = 4): string => {
  const list = [...values];
  return list.slice(0, max).join(', ') + (list.length > max ? `, ... (${list.length})` : '');
};

type Verdict = { kind: ColumnKind; why: string };

/** A column typed by the shape its answers share (dates, e-mails, codes, a 1-5 scale), or undefined. */
function byShape(header: string, asks: boolean, stats: Stats, rules: SurveyColumnRules, seen: { id: boolean }): Verdict | undefined {
  const t = rules.thresholds;
  const found = commonShape(stats.values, t.typedShare);
  if (!found) return undefined;
  const examples = quoteList(new Set(stats.values));
  if (found.shape === 'number' && asks && NUMERIC_SCALE_HEADER.test(header) && isNumericScale(stats.values, t.numericScaleMax)) {
    return { kind: 'closed', why: `a numeric scale: whole numbers 0-${t.numericScaleMax} answering a question: ${examples}` };
  }
  if (found.shape === 'code') {
    const unique = stats.distinct.size === stats.values.length && stats.values.length >= t.idMinValues;
    return unique && !seen.id ? { kind: 'id', why: `unique codes: ${examples}` } : undefined;
  }
  return { kind: found.shape, why: `${found.count} of ${stats.values.length} answers are ${SHAPE_NAMES[found.shape]}: ${examples}` };
}

function kindOf(header: string, asks: boolean, stats: Stats, rules: SurveyColumnRules, seen: { id: boolean; name: boolean }): Verdict {
  const h = header.trim();
  const t = rules.thresholds;
  if (h === '' && stats.values.length === 0) return { kind: 'ignore', why: 'empty' };
  if (!seen.id && ID_HEADER.test(h)) return { kind: 'id', why: 'header names an id' };
  if (!seen.name && NAME_HEADER.test(h)) return { kind: 'name', why: 'header names the respondent' };
  const shaped = byShape(h, asks, stats, rules, seen);
  if (shaped) return shaped;
  if (IGNORED_HEADER.test(h) && !h.endsWith('?')) return { kind: 'ignore', why: 'metadata or personal data' };
  const values = quoteList(new Set(stats.values));
  if (ATTRIBUTE_HEADER.test(h) && stats.longest <= t.attributeLength) return { kind: 'attribute', why: `describes the respondent: ${values}` };
  const few = stats.distinct.size <= t.attributeValues && stats.longest <= t.attributeLength;
  const about = few && stats.values.length > 0 ? rules.aboutRespondent(h) : undefined;
  if (about) return { kind: 'attribute', why: `asks about the respondent or the response, not a proposal (${about}): ${values}` };
  if (stats.values.length > 0 && stats.scale >= t.closedShare * stats.values.length) return { kind: 'closed', why: `scale answers: ${values}` };
  if (EXPLAIN_HEADER.test(h)) return { kind: 'explanation', why: 'asks to explain' };
  if (few && stats.values.length >= t.attributeRepeat * stats.distinct.size && !h.endsWith('?')) return { kind: 'attribute', why: `few distinct values: ${values}` };
  if (h === '') return { kind: 'ignore', why: 'no header' };
  if (stats.values.length === 0) return { kind: 'open', why: 'no answers in the sample' };
  const freeText = stats.meanWords >= t.freeTextWords || stats.longest >= t.freeTextLength;
  if (asks || freeText || COMMENT_HEADER.test(h)) return { kind: 'open', why: `free text (longest ${stats.longest} characters, ${stats.meanWords.toFixed(1)} words on average)` };
  return { kind: 'ignore', why: `short text and no question asked (names or single terms, not free-text answers): ${values}` };
}

/**
 * What each column holds, judged from its header and the sampled answers,
 * then each explanation paired with the closed column it follows up: the one
 * with its question number, else the nearest closed column before it.
 */
export function classifyColumns(input: ClassifyInput): ColumnPlan[] {
  const width = Math.max(input.header.cells.length, input.ids?.cells.length ?? 0, ...input.sample.map((r) => r.cells.length));
  const seen = { id: false, name: false };
  const columns: ColumnPlan[] = [];
  for (let index = 0; index < width; index++) {
    const header = (input.header.cells[index] ?? '').replace(/\s+/g, ' ').trim();
    const id = (input.ids?.cells[index] ?? '').trim() || null;
    const asks = asksSomething(header, id);
    const { kind, why } = kindOf(header, asks, statsOf(index, input), input.columnRules, seen);
    if (kind === 'id') seen.id = true;
    if (kind === 'name') seen.name = true;
    const fromId = id ? (headerNumber(id).number ?? (/\d/.test(id) ? id : null)) : null;
    columns.push({ index, letter: columnLetter(index), id, header, kind, number: fromId ?? headerNumber(header).number, explains: null, why });
  }
  return pairExplanations(columns);
}

/** Pairs each explanation with its closed column; one that follows none is an open question. */
export function pairExplanations(columns: ColumnPlan[]): ColumnPlan[] {
  const explained = new Set<number>();
  for (const column of columns) {
    if (column.kind !== 'explanation' || column.explains !== null) {
      if (column.kind === 'explanation' && column.explains !== null) explained.add(column.explains);
      continue;
    }
    const before = columns.slice(0, column.index).filter((c) => c.kind === 'closed' && !explained.has(c.index));
    const target = (column.number !== null ? before.find((c) => c.number === column.number) : undefined) ?? before[before.length - 1];
    if (target) {
      column.explains = target.index;
      // The explanation answers its closed question: `Q1a - Why?` is part of Q1.
      column.number = target.number;
      column.why = `explains ${target.letter}`;
      explained.add(target.index);
    } else {
      column.kind = 'open';
      column.why = 'asks to explain, but follows no closed question';
    }
  }
  return columns;
}
