import { columnLetter, headerNumber } from './headers.js';
import { isScaleValue } from './scale.js';
import type { ColumnKind, ColumnPlan, TableRow } from './types.js';

/** A column with at most this many distinct answers, each short, can be a respondent attribute. */
const MAX_ATTRIBUTE_VALUES = 12;
const MAX_ATTRIBUTE_LENGTH = 60;
/** Share of a column's answers that must be scale points for it to be a closed question. */
const CLOSED_SHARE = 0.9;

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

export interface ClassifyInput {
  /** The header row (question text); a first row of short ids when the export has two. */
  header: TableRow;
  ids?: TableRow;
  /** The first data rows, to judge what each column holds. */
  sample: readonly TableRow[];
  /** Whether a value is a closed answer the stance rules know. */
  isClosedForm: (text: string) => boolean;
}

interface Stats {
  values: string[];
  distinct: Set<string>;
  longest: number;
  scale: number;
}

function statsOf(index: number, sample: readonly TableRow[], isClosedForm: (text: string) => boolean): Stats {
  const values = sample.map((row) => (row.cells[index] ?? '').trim()).filter(Boolean);
  const distinct = new Set(values.map((v) => v.toLowerCase()));
  return { values, distinct, longest: values.reduce((m, v) => Math.max(m, v.length), 0), scale: values.filter((v) => isScaleValue(v, isClosedForm)).length };
}

const quoteList = (values: Iterable<string>, max = 4): string => {
  const list = [...values];
  return list.slice(0, max).join(', ') + (list.length > max ? `, ... (${list.length})` : '');
};

function kindOf(header: string, stats: Stats, seen: { id: boolean; name: boolean }): { kind: ColumnKind; why: string } {
  const h = header.trim();
  if (h === '' && stats.values.length === 0) return { kind: 'ignore', why: 'empty' };
  if (!seen.id && ID_HEADER.test(h)) return { kind: 'id', why: 'header names an id' };
  if (!seen.name && NAME_HEADER.test(h)) return { kind: 'name', why: 'header names the respondent' };
  if (IGNORED_HEADER.test(h) && !h.endsWith('?')) return { kind: 'ignore', why: 'metadata or personal data' };
  const few = stats.distinct.size <= MAX_ATTRIBUTE_VALUES && stats.longest <= MAX_ATTRIBUTE_LENGTH;
  if (ATTRIBUTE_HEADER.test(h) && stats.longest <= MAX_ATTRIBUTE_LENGTH) return { kind: 'attribute', why: `describes the respondent: ${quoteList(new Set(stats.values))}` };
  if (stats.values.length > 0 && stats.scale >= CLOSED_SHARE * stats.values.length) return { kind: 'closed', why: `scale answers: ${quoteList(new Set(stats.values))}` };
  if (EXPLAIN_HEADER.test(h)) return { kind: 'explanation', why: 'asks to explain' };
  if (few && stats.values.length >= 2 * stats.distinct.size && !h.endsWith('?')) return { kind: 'attribute', why: `few distinct values: ${quoteList(new Set(stats.values))}` };
  if (h === '') return { kind: 'ignore', why: 'no header' };
  return { kind: 'open', why: stats.values.length ? `free text (longest ${stats.longest} characters)` : 'no answers in the sample' };
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
    const { kind, why } = kindOf(header, statsOf(index, input.sample, input.isClosedForm), seen);
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
