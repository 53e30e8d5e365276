import fs from 'node:fs';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { tagCorpusParallel } from '../pipeline/corpus-parallel.js';
import { CscTagError } from '../model/errors.js';
import { discoverInputs, type Discovered } from '../read/discover.js';
import type { FormatName } from '../report/formats.js';
import { readQuestionList, type ListedQuestion } from '../questions/list.js';
import type { ColumnMap } from '../read/survey/index.js';
import { readColumnMap } from './column-map-file.js';
import { PartialWriter } from '../pipeline/partial.js';
import { inputsFingerprint, inShard } from '../pipeline/shard.js';
import { themeDescriptions } from '../rules/describe.js';
import { loadCompiledRules } from '../pipeline/load-rules.js';
import { readReviewsFile } from '../pipeline/reviews-file.js';
import type { Review } from '../model/review.js';
import type { CompiledRules } from '../rules/index.js';
import { VERSION } from '../model/version.js';
import type { Io } from './io.js';
import type { TagOptions } from './options.js';
import { excludedForOut } from './out-folder.js';
import { checkAgainst, inPrivateFolder, nothingTaggedLine, openSink, publishRun, reportSink, skippedExit, writeRun, type Built, type RunSink } from './write-run.js';

/** Reports that are zip files: never written to a terminal, where they would be noise and could hold escape sequences. */
const BINARY_FORMATS: ReadonlySet<FormatName> = new Set(['qdpx', 'xlsx']);

/**
 * The main job: tag the inputs and publish the reports into --out, print one
 * report (--stdout), or compare fresh reports with those in --out (--check).
 * The last two build in a private temporary folder. Returns the exit code.
 */
export async function tagCommand(paths: string[], options: TagOptions, io: Io, chalk: ChalkInstance): Promise<number> {
  const started = performance.now();
  const binary = options.stdout?.find((f) => BINARY_FORMATS.has(f));
  if (binary && io.stdout.isTTY) {
    throw new CscTagError('usage', `--stdout ${binary}: a ${binary} report is binary (a zip) and stdout is a terminal; redirect it (> report.${binary}) or write it with -f ${binary}`);
  }
  const rulesFile = options.rules ? path.resolve(io.cwd, options.rules) : undefined;
  const rules = loadCompiledRules(rulesFile, { builtinThemes: options.builtinThemes });
  const outDir = path.resolve(io.cwd, options.out);
  // The question list is the consultation's, not a response, wherever it sits.
  const questionList = options.questions ? [path.resolve(io.cwd, options.questions)] : [];
  const inputs = await discoverInputs(paths, { cwd: io.cwd, exclude: [...questionList, ...(options.stdout ? [] : excludedForOut(outDir, paths, io.cwd))] });
  if (inputs.files.length === 0 && !inputs.stdin) {
    const why = inputs.problems.map((p) => `${p.file} (${p.reason})`).join('; ');
    throw new CscTagError('no-input', `no input found${why ? `: ${why}` : ''}; give files, folders, globs, or - for stdin (--help lists the formats read)`);
  }
  const formats = options.stdout ?? options.format;
  const list = options.questions ? readQuestionList(options.questions, io.cwd) : undefined;
  const columnMap = options.columns ? readColumnMap(options.columns, io.cwd) : undefined;
  const reviews = options.reviews ? await readReviewsFile(options.reviews, io.cwd, rules.themes) : undefined;
  const proposal = options.proposal ?? list?.[0]?.text;
  const build = (dir: string): Promise<Built> => buildReports(dir, formats, inputs, { rules, list, columnMap, reviews, proposal }, options, io, chalk);

  if (options.stdout) {
    return inPrivateFolder(io, async (dir) => {
      const built = await build(dir);
      if (built.files.length === 0) {
        io.stderr.write(nothingTaggedLine(built, undefined));
        return skippedExit(built, options);
      }
      // One report: a format's first file (csv is segments.csv; questions.csv is for --out).
      io.stdout.write(fs.readFileSync(built.files[0]!));
      return skippedExit(built, options);
    });
  }
  if (options.check) return inPrivateFolder(io, async (dir) => checkAgainst(await build(dir), outDir, io, options));

  const built = await publishRun(outDir, build, { themes: rules.themes, started, quiet: options.quiet }, io, chalk);
  return skippedExit(built, options);
}

/** Tags every input (or, with --shard, this part's) and writes the reports, or the part's partial report, into `dir`. */
async function buildReports(
  dir: string,
  formats: readonly FormatName[],
  all: Discovered,
  {
    rules,
    list,
    columnMap,
    reviews,
    proposal,
  }: { rules: CompiledRules; list: ListedQuestion[] | undefined; columnMap: ColumnMap | undefined; reviews: Review[] | undefined; proposal: string | undefined },
  options: TagOptions,
  io: Io,
  chalk: ChalkInstance,
): Promise<Built> {
  const meta = { generator: { name: 'csc-tag' as const, version: VERSION }, themes: [...rules.themes], descriptions: themeDescriptions(rules.rules) };
  const inputs = options.shard ? inShard(all, options.shard) : all;
  const sink = options.shard
    ? partialSink(
        dir,
        {
          shard: options.shard,
          inputs: inputsFingerprint(all),
          formats: [...formats],
          meta,
          questions: list ?? null,
          ignored: all.ignored,
          ...(reviews ? { reviews } : {}),
          ...(proposal ? { proposal } : {}),
          ...(options.discover ? { discover: true } : {}),
        },
        options.out,
      )
    : reportSink(dir, formats, meta, options.out);
  const corpus = tagCorpusParallel(inputs, {
    cwd: io.cwd,
    maxFileSize: options.maxFileSize,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    rules,
    readStdin: io.readStdin,
    jobs: options.jobs,
    render: { formats, meta, ...(reviews ? { reviews: new Map(reviews.map((r) => [r.key, r])) } : {}) },
    ...(columnMap ? { columnMap } : {}),
    ...(proposal ? { tag: { proposal } } : {}),
  });
  const inputBytes = io.stderr.isTTY ? sizeOnDisk(inputs, io.cwd) : 0;
  const setup = {
    themes: rules.themes,
    list,
    ignored: inputs.ignored,
    inputs: inputs.files.length + (inputs.stdin ? 1 : 0),
    inputBytes,
    quiet: options.quiet,
    reviews,
    proposal,
    requireDocuments: !options.shard && !options.check,
    discover: options.discover,
  };
  return writeRun(corpus, sink, setup, io, chalk);
}

/** What the inputs weigh, for the progress meter's bytes and time left: one stat each, only when stderr is a terminal. */
function sizeOnDisk(inputs: Discovered, cwd: string): number {
  let total = 0;
  for (const file of inputs.files) total += fs.statSync(path.resolve(cwd, inputs.sources?.[file] ?? file), { throwIfNoEntry: false })?.size ?? 0;
  return total;
}

function partialSink(dir: string, header: ConstructorParameters<typeof PartialWriter>[1], out: string): RunSink {
  return openSink(out, () => {
    const writer = new PartialWriter(dir, header);
    return { add: (item) => writer.add(item), finish: () => writer.finish(), abort: () => writer.abort() };
  });
}
