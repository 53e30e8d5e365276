import { CscTagError } from '../../model/errors.js';
import type { GroupMembers, Meta, RunEnd } from '../../model/run-end.js';
import { ReportStream } from '../../publish/stream.js';
import type { FormatName } from '../../report/formats.js';
import { PartialWriter, type MergedItem } from '../partial.js';

/** Where a run's items go: the reports, or a partial report (--shard). */
export interface RunSink {
  add(item: MergedItem): void;
  /** Completes and publishes what was written, the groups' members read from `members`; returns the files. */
  finish(end: RunEnd, members: GroupMembers): Promise<string[]> | string[];
  abort(): void;
}

/** Opens a sink's files, saying in one line naming the out folder when they cannot be created there. */
function openSink(out: string, open: () => RunSink): RunSink {
  try {
    return open();
  } catch (error) {
    // A file system's refusal (EACCES, ENOSPC...) is the folder's; anything else is a bug, thrown on.
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    throw new CscTagError('out-not-writable', `cannot write reports here (${code})`, out);
  }
}

/** The requested reports in `dir`, published together at the end; `out` is the folder named in errors. */
export function reportSink(dir: string, formats: readonly FormatName[], meta: Meta, out: string): RunSink {
  return openSink(out, () => {
    const stream = new ReportStream(dir, formats, meta);
    return {
      add: (item) => {
        if (item.ok) stream.rendered(item.pieces);
      },
      finish: (end, members) => stream.finish(end, members),
      abort: () => stream.abort(),
    };
  });
}

/** One part's partial report in `dir` (--shard), for `merge` to join. */
export function partialSink(dir: string, header: ConstructorParameters<typeof PartialWriter>[1], out: string): RunSink {
  return openSink(out, () => {
    const writer = new PartialWriter(dir, header);
    return { add: (item) => writer.add(item), finish: () => writer.finish(), abort: () => writer.abort() };
  });
}
