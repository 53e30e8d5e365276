import type { SurveyColumnRules } from '../../rules/survey-columns.js';
import type { ColumnMap } from './column-map.js';

/**
 * The survey reader's shapes. A survey export is a table: one header row (or
 * two), then one respondent a row. Each row becomes one document whose
 * segments are ready: the reader, not text segmentation, says where each
 * question's answer is.
 */

/** One row of the table as read: `row` is the row number a spreadsheet shows (1-based, header rows counted). */
export interface TableRow {
  row: number;
  cells: string[];
}

/**
 * What a column holds (see classify-columns.ts). Dates, e-mails, URLs,
 * postcodes and numbers are typed so that `csc-tag columns` says what they
 * are; like `ignore`, they are neither tagged nor respondent attributes.
 */
export type ColumnKind = 'id' | 'name' | 'attribute' | 'closed' | 'open' | 'explanation' | 'date' | 'email' | 'url' | 'postcode' | 'number' | 'ignore';

export interface ColumnPlan {
  /** 0-based index in the row. */
  index: number;
  /** Spreadsheet letter: `A`, `B`, ... `AA`. */
  letter: string;
  /** Short id from a first header row of ids (`Q1`), when the export has one. */
  id: string | null;
  /** The header text (the question, for a question column). */
  header: string;
  kind: ColumnKind;
  /** Question number from the header (`1`, `3a`, `Prop 1 Q8`), for closed and open columns. */
  number: string | null;
  /** For an explanation: the index of the closed column it explains. */
  explains: number | null;
  /** Why it was classified so, in a few words (shown by `csc-tag columns`). */
  why: string;
}

export interface SurveyLayout {
  /** Rows (spreadsheet numbers) that hold headers; data starts after the last. */
  headerRows: number[];
  columns: ColumnPlan[];
}

/** A span of the document text that is one cell's value. */
export interface CellSpan {
  /** Spreadsheet letter of the column. */
  column: string;
  /** [start, end) offsets in the document text. */
  start: number;
  end: number;
}

/** A question segment given by the reader: its question, and the cells that answer it. */
export interface ReadySegment {
  number: string | null;
  question: string;
  /** [start, end) of the whole segment (question line to last answer) in the document text. */
  start: number;
  end: number;
  /** The closed answer's cell, when the question has a closed column. */
  closed: CellSpan | null;
  /** The free-text cell (an open question, or a closed column's explanation). */
  text: CellSpan | null;
  /** Spreadsheet letters of the columns it was built from. */
  columns: string[];
}

/** What a survey row's document holds beside its text (ReadDoc.survey): the row, its title, and its segments ready. */
export interface SurveyRowParts {
  row: number;
  title: string;
  segments: ReadySegment[];
  cells: CellSpan[];
}

/** How a survey's columns are judged: by the rules in effect (closed answers, the `survey-columns` rule), and by `--columns`. */
export interface SurveyReading {
  /** Whether a value is a closed answer the stance rules know. */
  isClosedForm: (text: string) => boolean;
  columnRules: SurveyColumnRules;
  columnMap?: ColumnMap;
}
