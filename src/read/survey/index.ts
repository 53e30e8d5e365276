/**
 * The survey reader: survey exports (.csv, .xlsx), one respondent a row,
 * each row a document whose question segments are given ready.
 */
export { classifyColumns } from './classify-columns.js';
export { applyColumnMap } from './apply-column-map.js';
export { ColumnMap, parseColumnMap } from './column-map.js';
export { columnLetter } from './headers.js';
export { planLayout, SAMPLE_ROWS, MAX_COLUMNS } from './layout.js';
export { readSurvey, surveyLayout, MAX_CELL_CHARS, type SurveyOptions } from './read-survey.js';
export { rowDocument, rowName } from './row-document.js';
export { openTable, openTableFile } from './table.js';
export type { CellSpan, ColumnKind, ColumnPlan, ReadySegment, SurveyLayout, SurveyReading, SurveyRowParts, TableRow } from './types.js';
