import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS, SKIPS } from '../../src/model/errors.js';
import { ROOT } from '../helpers/corpus.js';

/** The rows of the README table whose header's first cell is `head`: code and meaning. */
function readmeTable(head: string): Record<string, string> {
  const lines = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
  const start = lines.indexOf(`| ${head} | meaning |`);
  expect(start, `README has a table headed "| ${head} | meaning |"`).toBeGreaterThan(-1);
  const rows: Record<string, string> = {};
  for (const line of lines.slice(start + 2)) {
    const match = /^\| `([a-z-]+)` \| (.*) \|$/.exec(line);
    if (!match) break;
    rows[match[1]!] = match[2]!;
  }
  return rows;
}

describe('error and skip codes: two closed lists, each documented', () => {
  it("the README's Errors and skips tables list every code with its meaning, in the code's order", () => {
    expect(readmeTable('error')).toEqual({ ...ERRORS });
    expect(Object.keys(readmeTable('error'))).toEqual(Object.keys(ERRORS));
    expect(readmeTable('skip')).toEqual({ ...SKIPS });
    expect(Object.keys(readmeTable('skip'))).toEqual(Object.keys(SKIPS));
  });

  it('no code is both an error and a skip', () => {
    expect(Object.keys(ERRORS).filter((code) => Object.hasOwn(SKIPS, code))).toEqual([]);
  });
});
