/**
 * csc-tag as a library: the pipeline as plain functions, one module per
 * stage. The CLI (src/cli/) is a thin shell over these.
 */
export { tagCorpus, type CorpusItem, type TagCorpusOptions } from './corpus.js';
export { CscTagError } from './errors.js';
export { reportJsonSchema, rulesJsonSchema } from './json-schemas.js';
export { decode, discoverInputs, readDocument, createLocator } from './read/index.js';
export { READERS } from './read/formats/index.js';
export type { Reader, ReadDoc, ReadItem, Respondent, StructureBlock } from './read/formats/reader.js';
export { readInput } from './read/read-input.js';
export { formatCsv } from './report/csv.js';
export { formatJson } from './report/json.js';
export { formatMarkdown } from './report/markdown.js';
export { Report, DocumentReport, Segment, Evidence, Stance, ThemeTag, Summary, QuestionGroup } from './report/schema.js';
export { QuestionAligner } from './questions/align.js';
export { parseQuestionList } from './questions/list.js';
export { buildReport, RunTotals } from './report/run-totals.js';
export { SummaryBuilder } from './report/summary.js';
export { builtinRules, compileRules, failingExamples, loadCompiledRules, mergeRules, parseRulesFile, RulesFile, Rule } from './rules/index.js';
export { tagDocument, type DecodedDocument } from './tag-document.js';
export { tagText } from './tag-text.js';
export { VERSION } from './version.js';
