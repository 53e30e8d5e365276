/**
 * csc-tag as a library: the pipeline as plain functions, one module per
 * stage. The CLI (src/cli/) is a thin shell over these.
 */
export { tagCorpus, type CorpusItem, type TagCorpusOptions } from './pipeline/corpus.js';
export { CscTagError } from './model/errors.js';
export { reportJsonSchema, rulesJsonSchema } from './pipeline/json-schemas.js';
export { decode, discoverInputs, readDocument, createLocator } from './read/index.js';
export { READERS } from './read/formats/index.js';
export type { Reader, ReadDoc, ReadItem, StructureBlock } from './read/formats/reader.js';
export { readInput } from './read/read-input.js';
export { formatCsv } from './report/csv.js';
export { formatJson } from './report/json.js';
export { formatMarkdown } from './report/markdown.js';
export { Report, DocumentReport, Respondent, Segment, Evidence, Stance, ThemeTag, Summary, QuestionGroup } from './model/schema.js';
export { QuestionAligner } from './questions/align.js';
export { parseQuestionList } from './questions/list.js';
export { buildReport, RunTotals } from './totals/run-totals.js';
export { SummaryBuilder } from './totals/summary.js';
export { builtinRules, compileRules, mergeRules, parseRulesFile, RulesFile, Rule } from './rules/index.js';
export { failingExamples } from './eval/rule-examples.js';
export { loadCompiledRules } from './pipeline/load-rules.js';
export { tagDocument, type DecodedDocument } from './pipeline/tag-document.js';
export { tagText } from './pipeline/tag-text.js';
export { VERSION } from './model/version.js';
