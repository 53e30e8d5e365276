import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { tagCorpus, tagFile, tagInput, type InputOrder, type TagCorpusOptions } from './corpus.js';
import { readerForName } from '../read/formats/index.js';
import { renderItem, type RenderedItem, type RenderSpec } from './render-item.js';
import type { Discovered } from '../read/discover.js';
import type { WorkerResult, WorkerSetup, WorkerTask } from './tag-worker.js';

export interface ParallelOptions extends TagCorpusOptions {
  jobs: number;
  render: RenderSpec;

  /** The worker script; tests give one that fails on purpose. */
  workerUrl?: URL;
  /** Use workers even for a small corpus (tests). */
  alwaysParallel?: boolean;
}

/** Documents in flight per worker: enough to keep workers busy, few enough that memory stays flat. */
const IN_FLIGHT_PER_WORKER = 4;
/** Below this much text a worker's start-up (its own module graph and rules) costs more than it saves. */
const MIN_BYTES_FOR_WORKERS = 4e6;

function totalBytes(inputs: Discovered, cwd: string): number {
  let total = 0;
  for (const file of inputs.files) {
    try {
      total += fs.statSync(path.resolve(cwd, inputs.sources?.[file] ?? file)).size;
    } catch {
      // Unreadable files are reported when they are read.
    }
    if (total >= MIN_BYTES_FOR_WORKERS) break;
  }
  return total;
}

/**
 * tagCorpus on N threads: the main thread and N-1 workers. Files go out in
 * path order and results come back in any order; they are yielded in path
 * order, so the reports are byte-identical for every N. The main thread tags
 * a file whenever it would otherwise wait for one: writing the reports keeps
 * it idle most of the time, and a thread of its own would cost another V8
 * heap. A worker that dies costs only the documents it held, which are
 * reported as skipped; a new worker takes its place.
 */
export async function* tagCorpusParallel(inputs: Discovered, options: ParallelOptions): AsyncGenerator<RenderedItem & InputOrder> {
  const files = inputs.files;
  const small = !options.alwaysParallel && totalBytes(inputs, options.cwd) < MIN_BYTES_FOR_WORKERS;
  if (options.jobs <= 1 || files.length < 2 || inputs.stdin || small) {
    for await (const item of tagCorpus(inputs, options)) yield { ...renderItem(item, options.render), phase: item.phase, input: item.input };
    return;
  }
  // Problems found while discovering come first, as in tagCorpus.
  for await (const item of tagCorpus({ files: [], problems: inputs.problems, stdin: false, ignored: [] }, options)) yield { ...renderItem(item, options.render), phase: item.phase, input: item.input };

  // Compiled rules do not cross threads; the checked rule list does, and each worker compiles it.
  const setup: WorkerSetup = {
    cwd: options.cwd,
    maxFileSize: options.maxFileSize,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    rules: [...options.rules.rules],
    render: options.render,
    ...(options.tag?.proposal === undefined ? {} : { proposal: options.tag.proposal }),
    ...(options.columnMap ? { columnMap: options.columnMap } : {}),
  };
  // A file's items: one per document it holds (an email and its attachments), or its skip. A file whose reader
  // streams (a survey's rows) is read on this thread when its turn comes, its documents in order: it is marked, not sent.
  const STREAMED = Symbol('streamed');
  const done = new Map<number, RenderedItem[] | typeof STREAMED>();
  const takeStreamed = (): void => {
    while (next < files.length && readerForName(files[next]!)?.streams) done.set(next++, STREAMED);
  };
  const held = new Map<Worker, Set<number>>();
  let next = 0;
  let wake: (() => void) | undefined;
  let fatal: Error | undefined;
  let stopping = false;
  // Workers that died before finishing anything: past a few, threads cannot start here at all.
  let failedStarts = 0;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };

  // Documents a dead worker held but had not started: they go out again first.
  const retry: number[] = [];
  const dispatch = (worker: Worker): void => {
    const mine = held.get(worker)!;
    while (mine.size < IN_FLIGHT_PER_WORKER && (retry.length > 0 || next < files.length)) {
      takeStreamed();
      if (retry.length === 0 && next >= files.length) break;
      const index = retry.length > 0 ? retry.shift()! : next++;
      mine.add(index);
      worker.postMessage({ index, file: files[index]!, source: inputs.sources?.[files[index]!] } satisfies WorkerTask);
    }
  };

  const start = (): Worker => {
    // By way of pipeline/, so the path holds in the CLI's bundle too (dist/cli/csc-tag.mjs).
    const worker = new Worker(options.workerUrl ?? new URL('../pipeline/tag-worker.js', import.meta.url), { workerData: setup });
    held.set(worker, new Set());
    let finished = 0;
    worker.on('message', (result: WorkerResult) => {
      finished++;
      held.get(worker)!.delete(result.index);
      done.set(result.index, result.items);
      dispatch(worker);
      notify();
    });
    // The exit handler below accounts for the documents a failed worker held.
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      // A worker takes its tasks strictly in the order sent, so the first it held is the one it died on.
      const lost = [...(held.get(worker) ?? [])].sort((a, b) => a - b);
      held.delete(worker);
      const [culprit, ...unstarted] = lost;
      if (culprit !== undefined && !stopping) {
        done.set(culprit, [{ ok: false, skipped: { file: files[culprit]!, code: 'worker-crashed', reason: 'the worker tagging this file stopped unexpectedly' }, bytes: 0 }]);
        retry.push(...unstarted);
        retry.sort((a, b) => a - b);
      }
      if (!stopping && finished === 0 && ++failedStarts > 2 * options.jobs) fatal = new Error('worker threads could not start; try --jobs 1');
      if (!stopping && !fatal && (retry.length > 0 || next < files.length)) dispatch(start());
      notify();
    });
    return worker;
  };

  /** Results held ahead of the one being waited for, past which the main thread stops taking files. */
  const ahead = IN_FLIGHT_PER_WORKER * options.jobs;
  /** Tags the next file here, then yields to the event loop so that workers' results are taken in and they get more. */
  const tagHere = async (): Promise<void> => {
    takeStreamed();
    if (retry.length === 0 && next >= files.length) return;
    const index = retry.length > 0 ? retry.shift()! : next++;
    done.set(
      index,
      (await tagFile(files[index]!, { ...options, source: inputs.sources?.[files[index]!] })).map((item) => renderItem(item, options.render)),
    );
    await new Promise((resolve) => setImmediate(resolve));
  };

  const workers = Array.from({ length: Math.min(options.jobs, files.length) - 1 }, start);
  for (const worker of workers) dispatch(worker);
  try {
    for (let index = 0; index < files.length; index++) {
      while (!done.has(index)) {
        if (fatal) throw fatal;
        if ((retry.length > 0 || next < files.length) && done.size < ahead) await tagHere();
        else await new Promise<void>((resolve) => (wake = resolve));
      }
      const items = done.get(index)!;
      done.delete(index);
      const order = { phase: 1, input: files[index]! } as const;
      if (items === STREAMED) for await (const item of tagInput(files[index]!, { ...options, source: inputs.sources?.[files[index]!] })) yield { ...renderItem(item, options.render), ...order };
      else for (const item of items) yield { ...item, ...order };
    }
  } finally {
    stopping = true;
    await Promise.all([...held.keys()].map((w) => w.terminate()));
  }
}
