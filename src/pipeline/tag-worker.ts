import { parentPort, workerData } from 'node:worker_threads';
// The compiler alone: the rules were checked on the main thread, so zod is never loaded here.
import { compileRules } from '../rules/compile.js';
import type { Rule } from '../rules/schema.js';
import { tagFile } from './corpus.js';
import type { ForcedEncoding } from '../read/decode.js';
import type { ColumnMap } from '../read/survey/column-map.js';
import { forTransfer, renderItem, transferList, type RenderedItem, type RenderSpec } from './render-item.js';

/** A worker thread of `--jobs N`: reads, tags and renders the files it is sent, one at a time. */
export interface WorkerSetup {
  cwd: string;
  maxFileSize: number;
  encoding?: ForcedEncoding;
  /** The rules in effect, already loaded and checked by the main thread: a worker only compiles them. */
  rules: Rule[];
  render: RenderSpec;
  /** --proposal: letters are read for their position on it. */
  proposal?: string;
  /** --columns, for a survey export attached to an email. */
  columnMap?: ColumnMap;
}
export interface WorkerTask {
  index: number;
  file: string;
  /** Where the file is, when its name is not relative to cwd. */
  source?: string | undefined;
}
export interface WorkerResult {
  index: number;
  items: RenderedItem[];
}

const setup = workerData as WorkerSetup;
const rules = compileRules(setup.rules);

// Tasks run strictly one after another, in the order sent: the pool relies on it to tell which
// document a worker died on.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (task: WorkerTask) => {
  queue = queue.then(() => run(task));
});

async function run(task: WorkerTask): Promise<void> {
  const options = {
    cwd: setup.cwd,
    maxFileSize: setup.maxFileSize,
    ...(setup.encoding ? { encoding: setup.encoding } : {}),
    rules,
    source: task.source,
    ...(setup.proposal === undefined ? {} : { tag: { proposal: setup.proposal } }),
    ...(setup.columnMap ? { columnMap: setup.columnMap } : {}),
  };
  const rendered = (await tagFile(task.file, options)).map((item) => forTransfer(renderItem(item, setup.render)));
  parentPort!.postMessage({ index: task.index, items: rendered } satisfies WorkerResult, rendered.flatMap(transferList));
}
