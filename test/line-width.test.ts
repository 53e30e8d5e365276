import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/corpus.js';

// Prettier cannot break long string, regex or template literals, so `prettier --check` passes lines
// over printWidth; this test holds the project's rule that no line is wider than printWidth.
const WIDTH: number = JSON.parse(fs.readFileSync(path.join(ROOT, '.prettierrc.json'), 'utf8')).printWidth;

/** `file:line: N columns` for each line over `width` characters (code points, not UTF-8 bytes). */
function overWidth(sources: ReadonlyMap<string, string>, width: number): string[] {
  const over: string[] = [];
  for (const [file, text] of sources) {
    text.split(/\r?\n/).forEach((line, i) => {
      const columns = [...line].length;
      if (columns > width) over.push(`${file}:${i + 1}: ${columns} columns`);
    });
  }
  return over;
}

function trackedSources(): Map<string, string> {
  const files = execFileSync('git', ['ls-files', '-z', '*.ts', '*.mjs', '*.js'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  return new Map(files.map((file) => [file, fs.readFileSync(path.join(ROOT, file), 'utf8')]));
}

describe('line width', () => {
  it(`no tracked .ts, .mjs or .js file has a line over printWidth (${WIDTH})`, () => {
    const sources = trackedSources();
    expect(sources.size, 'git listed the tracked files').toBeGreaterThan(100);
    expect(overWidth(sources, WIDTH)).toEqual([]);
  });

  it('names the file, the line and its width, counting characters rather than bytes', () => {
    const sources = new Map([
      ['src/a.ts', `ok\n${'x'.repeat(11)}\n${'y'.repeat(10)}`],
      ['test/b.test.ts', `${'é'.repeat(10)}\r\n${'→'.repeat(12)}\n`],
    ]);
    expect(overWidth(sources, 10)).toEqual(['src/a.ts:2: 11 columns', 'test/b.test.ts:2: 12 columns']);
  });
});
