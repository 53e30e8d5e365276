import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import { READERS } from '../../src/read/formats/index.js';
import { byLibrary, ReadError } from '../../src/read/formats/reader.js';
import { readInput } from '../../src/read/read-input.js';
import type { ReadItem } from '../../src/read/formats/reader.js';

afterEach(() => vi.restoreAllMocks());

/** The markdown reader, made to meet a bug of csc-tag's own (not a library's) on every file. */
function breakMarkdownReader(): void {
  const reader = READERS.get('markdown')!;
  vi.spyOn(reader, 'read').mockImplementation(() => {
    throw new TypeError("Cannot read properties of undefined (reading 'kind')");
  });
}

async function items(file: string, cwd: string): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInput(file, { cwd, maxFileSize: 1e6 })) out.push(item);
  return out;
}

describe('one policy for a bug met on one input', () => {
  it("a format library's error is the file's fault: unreadable-format, with the library's first line", async () => {
    const error = await byLibrary('docx', () => {
      throw new Error('Corrupted zip: missing central directory\n    at somewhere');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code: 'unreadable-format', message: 'could not be read as docx (Corrupted zip: missing central directory)' });
  });

  it("a bug in a reader's own code is an internal-error skip naming the file, with its trace kept for --debug", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-bug-'));
    fs.writeFileSync(path.join(dir, 'a.md'), '# Hello\n');
    breakMarkdownReader();
    const [item] = await items('a.md', dir);
    expect(item).toMatchObject({
      ok: false,
      name: 'a.md',
      code: 'internal-error',
      reason: "could not be read (internal error: Cannot read properties of undefined (reading 'kind')); please report it",
    });
    expect(item && !item.ok && item.trace).toMatch(/^TypeError: Cannot read properties/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the run goes on and lists the skip; --debug adds the trace on stderr, never in the report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-bug-'));
    fs.writeFileSync(path.join(dir, 'a.md'), '# Hello\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Question 1: Do you agree?\n\nYes.\n');
    breakMarkdownReader();
    const cli = async (...extra: string[]) => {
      let stderr = '';
      let stdout = '';
      const code = await run([dir, '--stdout', 'json', '-j', '1', ...extra], {
        stdout: { write: (s: string | Uint8Array) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')) },
        stderr: { write: (s: string) => (stderr += s), isTTY: false },
        env: {},
        cwd: dir,
        readStdin: async () => new Uint8Array(),
      });
      return { code, stderr, report: JSON.parse(stdout) as { skipped: { code: string }[]; documents: unknown[] } };
    };
    const plain = await cli();
    expect(plain.code).toBe(0);
    expect(plain.report.documents).toHaveLength(1);
    expect(plain.report.skipped.map((s) => s.code)).toEqual(['internal-error']);
    expect(plain.stderr).toContain('a.md: could not be read (internal error:');
    expect(plain.stderr).not.toContain('    at ');
    const debug = await cli('--debug');
    expect(debug.stderr).toMatch(/TypeError: Cannot read properties[^\n]*\n\s+at /);
    expect(JSON.stringify(debug.report)).toBe(JSON.stringify(plain.report));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
