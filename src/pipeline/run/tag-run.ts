import fs from 'node:fs';
import path from 'node:path';
import { CscTagError } from '../../model/errors.js';
import type { Review } from '../../model/review.js';
import { VERSION } from '../../model/version.js';
import type { ForcedEncoding } from '../../read/decode.js';
import { discoverInputs, type Discovered } from '../../read/discover.js';
import type { ColumnMap } from '../../read/survey/index.js';
import { readQuestionList, type ListedQuestion } from '../../questions/list.js';
import { DEFAULT_FORMATS, FORMAT_NAMES, isFormatName, type FormatName } from '../../report/formats.js';
import { themeDescriptions } from '../../rules/describe.js';
import type { CompiledRules } from '../../rules/index.js';
import { readColumnMap } from '../column-map-file.js';
import { tagCorpusParallel } from '../corpus-parallel.js';
import { loadCompiledRules } from '../load-rules.js';
import { readReviewsFile } from '../reviews-file.js';
import { inputsFingerprint, inShard, type Shard } from '../shard.js';
import type { OnInterrupt, RunObserver } from './observer.js';
import type { Checked, RunOutcome } from './outcome.js';
import { excludedForOut } from './out-folder.js';
import { buildInMode, type RunMode } from './build-in-mode.js';
import { partialSink, reportSink } from './sink.js';
import { writeRun, type Built } from './write-run.js';

/** Files larger than this are skipped unread, unless a run says otherwise (--max-file-size). */
export const DEFAULT_MAX_FILE_SIZE = 10e6;

/** What to tag and how: the main command's options, as a library caller gives them. Paths are relative to `cwd`. */
export interface TagRunOptions {
  cwd: string;
  /** The folder the reports go to (or, with `shard`, the partial report). */
  out: string;
  /** The reports to write (default DEFAULT_FORMATS: json and md). */
  formats?: readonly FormatName[];
  /** A rules file (JSON) that extends or replaces the built-in rules. */
  rules?: string | undefined;
  /** false: leave out the built-in themes, for another consultation. */
  builtinThemes?: boolean;
  /** The consultation's questions, one per line: answers are grouped under them. */
  questions?: string | undefined;
  /** An analyst's reviews (CSV or .xlsx): a reviewed label wins. */
  reviews?: string | undefined;
  /** The consultation's main proposal (else the first listed question). */
  proposal?: string | undefined;
  /** A survey column map (JSON), overriding detection. */
  columns?: string | undefined;
  /** Files larger than this many bytes are skipped unread (default DEFAULT_MAX_FILE_SIZE). */
  maxFileSize?: number;
  encoding?: ForcedEncoding | undefined;
  /** Threads that tag (default 1, this one); reports are identical for any number. */
  jobs?: number;
  /** Tag only this part of the inputs into a partial report, for `mergeRun`. */
  shard?: Shard | undefined;
  discover?: boolean;
  /**
   * `publish`: write the reports into `out`; `check`: build them privately and compare them with those in
   * `out`; `print`: build the one format asked for privately and return its bytes (RunResult.printed).
   */
  mode: RunMode;
  /** Exit state `skipped` when an input is skipped or a review is stale. */
  strict?: boolean;
  /** Reads standard input when `-` is among the paths. */
  readStdin?: () => Promise<Uint8Array>;
}

/** A finished run: what it built, how it ended, and, for `check`, each report's comparison. */
export interface RunResult {
  built: Built;
  /** The themes counted (built-in and the rules file's), in the order the reports list them. */
  themes: readonly string[];
  outcome: RunOutcome;
  checked?: Checked[];
  /** Mode `print`: the report's bytes (a format's first file: csv is segments.csv). */
  printed?: Uint8Array;
}

/** Everything a run reads before tagging: rules, inputs and the consultation's own files. */
interface PreparedRun {
  rules: CompiledRules;
  inputs: Discovered;
  list: ListedQuestion[] | undefined;
  columnMap: ColumnMap | undefined;
  reviews: Review[] | undefined;
  proposal: string | undefined;
}

/**
 * Loads the rules and the consultation's files and finds the inputs, failing
 * with a CscTagError a person can act on before any work is done.
 * `writesOut`: the out folder's reports are never read as input.
 */
async function prepareRun(paths: readonly string[], options: Omit<TagRunOptions, 'mode' | 'formats' | 'jobs' | 'maxFileSize'>, writesOut: boolean): Promise<PreparedRun> {
  const { cwd } = options;
  const rules = loadCompiledRules(options.rules ? path.resolve(cwd, options.rules) : undefined, { builtinThemes: options.builtinThemes ?? true });
  const outDir = path.resolve(cwd, options.out);
  // The question list is the consultation's, not a response, wherever it sits.
  const questionList = options.questions ? [path.resolve(cwd, options.questions)] : [];
  const inputs = await discoverInputs([...paths], { cwd, exclude: [...questionList, ...(writesOut ? excludedForOut(outDir, paths, cwd) : [])] });
  if (inputs.files.length === 0 && !inputs.stdin) {
    const why = inputs.problems.map((p) => `${p.file} (${p.reason})`).join('; ');
    throw new CscTagError('no-input', `no input found${why ? `: ${why}` : ''}; give files, folders, globs, or - for stdin (--help lists the formats read)`);
  }
  const list = options.questions ? readQuestionList(options.questions, cwd) : undefined;
  const columnMap = options.columns ? readColumnMap(options.columns, cwd) : undefined;
  const reviews = options.reviews ? await readReviewsFile(options.reviews, cwd, rules.themes) : undefined;
  return { rules, inputs, list, columnMap, reviews, proposal: options.proposal ?? list?.[0]?.text };
}

/**
 * Tags every input (or, with a shard, this part's) and writes the reports, or
 * the part's partial report, into `dir`.
 */
function buildRun(dir: string, run: PreparedRun, options: TagRunOptions, observer: RunObserver = {}, onInterrupt?: OnInterrupt): Promise<Built> {
  const { rules, list, columnMap, reviews, proposal } = run;
  const meta = { generator: { name: 'csc-tag' as const, version: VERSION }, themes: [...rules.themes], descriptions: themeDescriptions(rules.rules), phrases: { ...rules.themePhrases } };
  const inputs = options.shard ? inShard(run.inputs, options.shard) : run.inputs;
  const formats = options.formats ?? DEFAULT_FORMATS;
  const sink = options.shard
    ? partialSink(
        dir,
        {
          shard: options.shard,
          inputs: inputsFingerprint(run.inputs),
          formats: [...formats],
          meta,
          questions: list ?? null,
          ignored: run.inputs.ignored,
          ...(reviews ? { reviews } : {}),
          ...(proposal ? { proposal } : {}),
          ...(options.discover ? { discover: true } : {}),
        },
        options.out,
      )
    : reportSink(dir, formats, meta, options.out);
  observer.begin?.(inputs);
  const corpus = tagCorpusParallel(inputs, {
    cwd: options.cwd,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    rules,
    ...(options.readStdin ? { readStdin: options.readStdin } : {}),
    jobs: options.jobs ?? 1,
    render: { formats, meta, ...(reviews ? { reviews: new Map(reviews.map((r) => [r.key, r])) } : {}) },
    ...(columnMap ? { columnMap } : {}),
    ...(proposal ? { tag: { proposal } } : {}),
  });
  const setup = { themes: rules.themes, list, ignored: inputs.ignored, reviews, proposal, requireDocuments: !options.shard && options.mode !== 'check', discover: options.discover === true };
  return writeRun(corpus, sink, setup, observer, onInterrupt);
}

/**
 * The main job as one call: tag the inputs and publish the reports into
 * `out`, or, with mode `check`, compare fresh reports with those there.
 */
export async function tagRun(paths: readonly string[], options: TagRunOptions, observer: RunObserver = {}, onInterrupt?: OnInterrupt): Promise<RunResult> {
  checkRunOptions(options);
  const run = await prepareRun(paths, options, options.mode !== 'print');
  const outDir = path.resolve(options.cwd, options.out);
  const built = await buildInMode(options.mode, outDir, (dir) => buildRun(dir, run, options, observer, onInterrupt), { strict: options.strict === true }, onInterrupt);
  return { ...built, themes: run.rules.themes };
}

/**
 * What a library caller may not ask for, said as the CLI's option checks say it of flags (cli/options.ts):
 * a usage error before any work is done.
 */
function checkRunOptions(options: TagRunOptions): void {
  const usage = (message: string): never => {
    throw new CscTagError('usage', message);
  };
  const formats = options.formats ?? DEFAULT_FORMATS;
  const unknown = formats.find((f) => !isFormatName(f));
  if (unknown !== undefined) usage(`formats: unknown format "${unknown}" (choose from ${FORMAT_NAMES.join(', ')})`);
  if (formats.length === 0) usage('formats: expected at least one format');
  if (options.mode === 'print' && formats.length !== 1) usage('formats: mode print prints exactly one format');
  if (options.shard && options.mode !== 'publish') usage(`shard: writes a partial report into out, so it cannot go with mode ${options.mode}`);
  if (options.jobs !== undefined && (!Number.isInteger(options.jobs) || options.jobs < 1)) usage('jobs: expected a whole number of threads, at least 1');
}

/** What the inputs weigh on disk, for a progress meter's bytes and time left: one stat each. */
export function sizeOnDisk(inputs: Discovered, cwd: string): number {
  let total = 0;
  for (const file of inputs.files) total += fs.statSync(path.resolve(cwd, inputs.sources?.[file] ?? file), { throwIfNoEntry: false })?.size ?? 0;
  return total;
}
