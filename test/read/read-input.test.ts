import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFsError, formatSize } from '../../src/read/input-names.js';
import { readInput, readStdinInput } from '../../src/read/read-input.js';
import type { ReadItem } from '../../src/read/formats/reader.js';

/** An input's one item, read as a run reads it, in the shape these cases compare. */
async function first(items: AsyncIterable<ReadItem>): Promise<Record<string, unknown>> {
  for await (const item of items) {
    return item.ok
      ? { ok: true, file: item.doc.name, text: item.doc.text, bytes: item.doc.bytes, encoding: item.doc.encoding, warnings: item.doc.warnings }
      : { ok: false, file: item.name, code: item.code, reason: item.reason };
  }
  throw new Error('no item');
}
const readFile = (file: string, options: { cwd: string; maxFileSize: number }) => first(readInput(file, options));
const readStdin = (bytes: Uint8Array) => first(readStdinInput(bytes, {}));

const MB = 1_000_000;
let cwd: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'csc-tag-read-'));
  writeFileSync(join(cwd, 'answer.txt'), '\uFEFFYes.\r\nNo.\r\n');
  writeFileSync(join(cwd, 'image.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]));
  mkdirSync(join(cwd, 'folder.txt'));
  symlinkSync('loop.txt', join(cwd, 'loop.txt'));
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('reading a file (readInput)', () => {
  it('reads and decodes a file, keeping the name as given', async () => {
    expect(await readFile('answer.txt', { cwd, maxFileSize: MB })).toEqual({
      ok: true,
      file: 'answer.txt',
      text: 'Yes.\nNo.\n',
      bytes: 14,
      encoding: 'utf-8-bom',
      warnings: [],
    });
  });

  it.each([
    { name: 'missing file', file: 'nope.txt', code: 'not-found', reason: 'no such file or folder' },
    { name: 'folder', file: 'folder.txt', code: 'not-a-file', reason: 'is a folder, not a file' },
    { name: 'symlink loop', file: 'loop.txt', code: 'symlink-loop', reason: 'symlink loop' },
    { name: 'binary file', file: 'image.png', code: 'binary', reason: 'binary file (NUL byte at offset 4)' },
  ])('skips a $name with code $code', async ({ file, code, reason }) => {
    expect(await readFile(file, { cwd, maxFileSize: MB })).toEqual({ ok: false, file, code, reason });
  });

  it('checks the size before reading: a sparse 3 GB file is refused without being read', async () => {
    // Reading 3 GB would throw (over Node's Buffer limit) or take seconds; a stat takes neither.
    const huge = join(cwd, 'huge.txt');
    truncateSync(writeAndReturn(huge), 3_000_000_000);
    expect(await readFile('huge.txt', { cwd, maxFileSize: 10 * MB })).toEqual({
      ok: false,
      file: 'huge.txt',
      code: 'too-large',
      reason: 'file is 3 GB, over the --max-file-size limit of 10 MB',
    });
  });

  it.each([
    { size: 12_300_000, limit: 10 * MB, reason: 'file is 12.3 MB, over the --max-file-size limit of 10 MB' },
    { size: 10 * MB + 1, limit: 10 * MB, reason: 'file is 10000001 bytes, over the --max-file-size limit of 10000000 bytes' },
  ])('explains a $size-byte file over a $limit-byte limit', async ({ size, limit, reason }) => {
    truncateSync(writeAndReturn(join(cwd, 'big.txt')), size);
    expect(await readFile('big.txt', { cwd, maxFileSize: limit })).toMatchObject({ ok: false, code: 'too-large', reason });
  });

  it('reads a file exactly at the size limit', async () => {
    expect(await readFile('answer.txt', { cwd, maxFileSize: 14 })).toMatchObject({ ok: true, bytes: 14 });
  });

  it.skipIf(process.getuid?.() === 0)('skips an unreadable file (skipped as root, who can read anything)', async () => {
    const locked = join(cwd, 'locked.txt');
    writeFileSync(locked, 'secret');
    chmodSync(locked, 0o000);
    expect(await readFile('locked.txt', { cwd, maxFileSize: MB })).toEqual({
      ok: false,
      file: 'locked.txt',
      code: 'unreadable',
      reason: 'permission denied',
    });
  });
});

describe('reading standard input (readStdinInput)', () => {
  it('names standard input <stdin>', async () => {
    expect(await readStdin(new TextEncoder().encode('a\r\nb'))).toEqual({
      ok: true,
      file: '<stdin>',
      text: 'a\nb',
      bytes: 4,
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('skips binary input', async () => {
    expect(await readStdin(Uint8Array.from([0]))).toEqual({
      ok: false,
      file: '<stdin>',
      code: 'binary',
      reason: 'binary file (NUL byte at offset 0)',
    });
  });
});

describe('describeFsError', () => {
  it.each([
    { errno: 'ENOENT', code: 'not-found', reason: 'no such file or folder' },
    { errno: 'ENOTDIR', code: 'not-found', reason: 'no such file or folder' },
    { errno: 'EACCES', code: 'unreadable', reason: 'permission denied' },
    { errno: 'EPERM', code: 'unreadable', reason: 'permission denied' },
    { errno: 'ELOOP', code: 'symlink-loop', reason: 'symlink loop' },
    { errno: 'EISDIR', code: 'not-a-file', reason: 'is a folder, not a file' },
    { errno: 'EIO', code: 'io-error', reason: 'file system error EIO' },
  ])('maps $errno to $code', ({ errno, code, reason }) => {
    expect(describeFsError(Object.assign(new Error('boom'), { code: errno }))).toEqual({ code, reason });
  });

  it('throws on anything that is not an fs error, since that is a bug', () => {
    const bug = new TypeError('not an fs error');
    expect(() => describeFsError(bug)).toThrow(bug);
  });
});

describe('formatSize', () => {
  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1000, '1 KB'],
    [12_345, '12.3 KB'],
    [10 * MB, '10 MB'],
    [3_000_000_000, '3 GB'],
  ])('%i bytes is %s', (bytes, shown) => {
    expect(formatSize(bytes)).toBe(shown);
  });
});

describe('fixtures/read', () => {
  const root = join(import.meta.dirname, '../../fixtures/read');
  const cases = [
    { name: 'utf16be-bom-crlf', encoding: 'utf-16be' },
    { name: 'utf16le-bom-crlf', encoding: 'utf-16le' },
  ];

  // The readers' folders (one per format, the seeds in other formats, hostile files, their sources) have tests of their own.
  const readerFolders = new Set(['doc', 'docx', 'eml', 'hostile', 'html', 'markdown', 'msg', 'odt', 'pdf', 'rtf', 'seeds', 'src']);

  it('every fixture folder has a row here', () => {
    expect(
      readdirSync(root)
        .filter((name) => !readerFolders.has(name))
        .sort(),
    ).toEqual(cases.map((row) => row.name));
  });

  it.each(cases)('$name/input.txt decodes to the text of its UTF-8 twin expected.txt', async ({ name, encoding }) => {
    const input = await readFile(`${name}/input.txt`, { cwd: root, maxFileSize: MB });
    const twin = await readFile(`${name}/expected.txt`, { cwd: root, maxFileSize: MB });
    expect(input).toMatchObject({ ok: true, encoding, warnings: [] });
    expect(twin).toMatchObject({ ok: true, encoding: 'utf-8' });
    if (!input.ok || !twin.ok) throw new Error('expected both fixtures to read');
    expect(input.text).toBe(twin.text);
    expect(input.text).toBe(readFileSync(join(root, name, 'expected.txt'), 'utf8'));
  });
});

function writeAndReturn(path: string): string {
  writeFileSync(path, '');
  return path;
}
