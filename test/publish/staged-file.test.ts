import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishAll, StagedFile } from '../../src/publish/publish.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('a staged report file', () => {
  it('writes a long string a slice at a time without splitting a character, whatever falls on a slice boundary', () => {
    dir = mkdtempSync(join(tmpdir(), 'csc-tag-staged-'));
    // Surrogate pairs starting at every even index, then at every odd one: whatever the slice, one of them straddles its end.
    const texts = ['😀'.repeat(1_500_000), 'a' + '😀'.repeat(1_500_000), 'a é € '.repeat(400_000)];
    const file = new StagedFile(join(dir, 'report.md'));
    for (const text of texts) file.write(text);
    file.write(new TextEncoder().encode('end\n'));
    publishAll([file]);
    // Compared as a boolean: a failure printing a diff of megabytes would take a minute.
    expect(readFileSync(join(dir, 'report.md'), 'utf8') === texts.join('') + 'end\n').toBe(true);
  });
});
