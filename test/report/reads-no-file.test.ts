import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.js';
import { importsOf, readSources } from '../helpers/layers.js';

/**
 * A report is a function of its arguments: the run hands the formatters the question groups' members
 * (a GroupMembers reader), and nothing under src/report/ opens a file itself, so a report can be made
 * from any data, in a test or a worker, and never depends on what the run has closed.
 */
const FILE_PACKAGES = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'readline', 'node:readline']);
/** The run's temporary files: the spill of question members, and align.ts, which owns it. */
const RUN_FILES = new Set(['questions/spill.js', 'questions/temp-file.js', 'questions/align.js']);

/** One line per import of a report module that reads files; none when the reports read none. */
function fileReaders(sources: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, text] of sources) {
    if (!file.startsWith('report/')) continue;
    for (const spec of importsOf(text)) {
      const target = spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : spec;
      if (FILE_PACKAGES.has(spec)) problems.push(`src/${file} imports ${spec}: a report reads no file; take what it needs as an argument`);
      else if (RUN_FILES.has(target)) problems.push(`src/${file} imports ${spec}: a report reads no spilled members; take them as a GroupMembers argument`);
    }
  }
  return problems.sort();
}

describe('the reports read no file', () => {
  it('no module under src/report/ imports the file system or the run’s temporary files', () => {
    const sources = readSources(path.join(ROOT, 'src'));
    expect([...sources.keys()].filter((f) => f.startsWith('report/')).length, 'the reports were read').toBeGreaterThan(20);
    expect(fileReaders(sources)).toEqual([]);
  });

  it('names the file and the import of each report module that would read a file', () => {
    const bad = new Map([
      ['report/json.ts', "import fs from 'node:fs';\nimport type { RunEnd } from '../model/run-end.js';"],
      ['report/html/page.ts', "import { readFile } from 'fs/promises';\nimport { MemberSpill } from '../../questions/spill.js';"],
      ['report/markdown-questions.ts', "const { QuestionAligner } = await import('../questions/align.js');"],
      ['report/csv.ts', "import { inlineMembers } from '../questions/group-members.js';"],
      ['totals/run-totals.ts', "import { QuestionAligner } from '../questions/align.js';"],
    ]);
    expect(fileReaders(bad)).toEqual([
      'src/report/html/page.ts imports ../../questions/spill.js: a report reads no spilled members; take them as a GroupMembers argument',
      'src/report/html/page.ts imports fs/promises: a report reads no file; take what it needs as an argument',
      'src/report/json.ts imports node:fs: a report reads no file; take what it needs as an argument',
      'src/report/markdown-questions.ts imports ../questions/align.js: a report reads no spilled members; take them as a GroupMembers argument',
    ]);
  });
});
