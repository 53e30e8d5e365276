import type { ForcedEncoding } from '../read/decode.js';
import type { Discovered } from '../read/discover.js';
import type { ReadItem } from '../read/formats/reader.js';
import { STDIN_NAME } from '../read/input-names.js';
import { readInput, readStdinInput } from '../read/read-input.js';
import type { SurveyReading } from '../read/survey/types.js';
import { byCodeUnit } from '../text/utils.js';

export interface ReadCorpusOptions {
  cwd: string;
  maxFileSize: number;
  /** `--encoding`: how plain text is decoded, instead of detecting it. */
  encoding?: ForcedEncoding;
  /** How survey columns are judged (rules, `--columns`), asked for when a survey is met. */
  survey: () => SurveyReading;
  /** Reads standard input when `-` was given. */
  readStdin?: () => Promise<Uint8Array>;
}

/**
 * Where an item comes in a run: discovery's problems first, then the inputs
 * in path order, an input's items (an email's attachments, a survey's rows)
 * in the order they were read. Runs over parts of a corpus (--shard) are
 * merged back into one run's order by it.
 */
export interface InputOrder {
  /** 0 for a problem found while discovering the inputs, 1 for an input. */
  phase: 0 | 1;
  /** The problem's path, or the input's name as in Discovered.files (STDIN_NAME for `-`). */
  input: string;
}

/**
 * Every document of the inputs, as read, through the one reader registry:
 * discovery's problems as skips, then each input in path order (standard
 * input among them as `<stdin>`), its documents yielded as its reader reads
 * them, so that nothing need be held after it is used. The main command,
 * `text`, `kwic` and every subcommand that tags read their inputs so.
 */
export async function* readCorpus(inputs: Discovered, options: ReadCorpusOptions): AsyncGenerator<ReadItem & InputOrder> {
  const names = [...inputs.files, ...(inputs.stdin ? [STDIN_NAME] : [])].sort(byCodeUnit);
  const problems = [...inputs.problems].sort((a, b) => byCodeUnit(a.file, b.file));
  for (const problem of problems) yield { ok: false, name: problem.file, code: problem.code, reason: problem.reason, phase: 0, input: problem.file };
  const settings = { cwd: options.cwd, maxFileSize: options.maxFileSize, ...(options.encoding ? { encoding: options.encoding } : {}), survey: options.survey };
  for (const name of names) {
    // A turn of the event loop between inputs, so a signal handler can run during a long single-thread run.
    await new Promise((resolve) => setImmediate(resolve));
    const order = { phase: 1, input: name } as const;
    const source = inputs.sources?.[name];
    const items = name === STDIN_NAME && inputs.stdin && options.readStdin ? readStdinInput(await options.readStdin(), settings) : readInput(name, { ...settings, ...(source ? { source } : {}) });
    for await (const item of items) yield { ...item, ...order };
  }
}
