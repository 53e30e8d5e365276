import type { GroupMembers, Meta, RunEnd } from '../../model/run-end.js';
import { zipEntries } from '../zip.js';
import { projectParts } from './project.js';

/**
 * report.qdpx: project.qde and the sources' plain text (UTF-8, no BOM) in a
 * zip, entries in sorted order: `project.qde`, then `sources/0001.txt`, ...
 * (the folder in lower case: ATLAS.ti rejects other cases).
 */
export function* qdpxPieces(records: () => Iterable<string>, meta: Meta, end: RunEnd, members: GroupMembers): Generator<Uint8Array> {
  const parts = projectParts(records, meta, end, members);
  yield* zipEntries(
    (function* () {
      yield { path: 'project.qde', data: parts.qde };
      for (const source of parts.sources) yield { path: source.path, data: [source.text] };
    })(),
  );
}
