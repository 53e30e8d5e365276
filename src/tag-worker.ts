import { parentPort, workerData } from 'node:worker_threads';
import { readDocument } from './read/read-document.js';
import { compileRules, type Rule } from './rules/index.js';
import { tagRead, type CorpusItem } from './corpus.js';
import { renderItem, transferList, type RenderedItem, type RenderSpec } from './render-item.js';

/** A worker thread of `--jobs N`: reads, tags and renders the files it is sent, one at a time. */
export interface WorkerSetup {
  cwd: string;
  maxFileSize: number;
  /** The rules in effect, already loaded and checked by the main thread: a worker only compiles them. */
  rules: Rule[];
  render: RenderSpec;
}
export interface WorkerTask {
  index: number;
  file: string;
}
export interface WorkerResult {
  index: number;
  item: RenderedItem;
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
  const read = readDocument(task.file, { cwd: setup.cwd, maxFileSize: setup.maxFileSize });
  const item: CorpusItem = read.ok ? await tagRead(read, rules) : { ok: false, skipped: { file: read.file, code: read.code, reason: read.reason }, bytes: 0 };
  const rendered = renderItem(item, setup.render);
  parentPort!.postMessage({ index: task.index, item: rendered } satisfies WorkerResult, transferList(rendered));
}
