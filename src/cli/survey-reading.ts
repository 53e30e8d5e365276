import path from 'node:path';
import { surveyReading } from '../pipeline/corpus.js';
import { loadCompiledRules } from '../pipeline/load-rules.js';
import type { SurveyReading } from '../read/survey/types.js';
import { readColumnMap } from '../pipeline/column-map-file.js';

/**
 * How `text` and `kwic` judge a survey export's columns: as the main command
 * does with the same `--rules` and `--columns`, so that a row's text is the
 * text its report positions refer to. A bad file is an error before anything
 * is read; the built-in rules are compiled only when a survey is met.
 */
export function surveyReadingFor(opts: { rules?: string; columns?: string }, cwd: string): () => SurveyReading {
  const columnMap = opts.columns ? readColumnMap(opts.columns, cwd) : undefined;
  const rules = opts.rules ? loadCompiledRules(path.resolve(cwd, opts.rules)) : undefined;
  let reading: SurveyReading | undefined;
  return () => (reading ??= surveyReading(rules ?? loadCompiledRules(), columnMap));
}
