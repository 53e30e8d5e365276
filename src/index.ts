/**
 * csc-tag as a library. Three ways in, from the whole job to one string:
 * - tagRun and mergeRun do what the command line does (reports into a folder,
 *   a --check, a printed report, the parts of a sharded run joined), telling a
 *   RunObserver what happens instead of writing to a terminal;
 * - discoverInputs and tagCorpus give every document of a corpus, tagged, one
 *   at a time (an async generator), for a caller that keeps its own reports;
 * - tagText tags one document given as a string.
 * Beside them: the rules (built in, a user's file, compiled), the report's
 * types and JSON schemas, and the errors a call can raise. The CLI (src/cli/)
 * is a thin shell over the same functions.
 */
export { tagRun, DEFAULT_MAX_FILE_SIZE, type TagRunOptions, type RunResult } from './pipeline/run/tag-run.js';
export { mergeRun, type MergeRunOptions } from './pipeline/run/merge-run.js';
export type { RunObserver, OnInterrupt } from './pipeline/run/observer.js';
export type { RunOutcome, Checked } from './pipeline/run/outcome.js';
export type { Built } from './pipeline/run/write-run.js';

export { discoverInputs, type Discovered } from './read/discover.js';
export { tagCorpus, type CorpusItem, type TagCorpusOptions } from './pipeline/corpus.js';
export { tagText } from './pipeline/tag-text.js';
export { buildReport } from './totals/run-totals.js';
export { formatCsv } from './report/csv.js';
export { formatJson } from './report/json.js';
export { formatMarkdown } from './report/markdown.js';
export { DEFAULT_FORMATS, FORMAT_NAMES, type FormatName } from './report/formats.js';
export { READERS } from './read/formats/index.js';

export { loadCompiledRules } from './pipeline/load-rules.js';
export { builtinRules, compileRules, mergeRules, parseRulesFile, RulesFile, Rule, type CompiledRules } from './rules/index.js';

export { Report, DocumentReport, Respondent, Segment, Evidence, Stance, ThemeTag, Summary, QuestionGroup, Skipped } from './model/schema.js';
export { reportJsonSchema, rulesJsonSchema } from './pipeline/json-schemas.js';
export { CscTagError, ERRORS, SKIPS, type ErrorCode, type SkipCode } from './model/errors.js';
export { VERSION } from './model/version.js';
