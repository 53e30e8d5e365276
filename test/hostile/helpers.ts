import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { run } from '../../src/cli/run.js';
import { Report, type DocumentReport } from '../../src/model/schema.js';
import { fakeIo } from '../cli/fake-io.js';

/**
 * Shared by the hostile-input tests. Every input is generated inside the test
 * in a fresh temporary folder, never kept in fixtures/: binary files, 20 MB
 * files, symlink loops and unreadable files do not belong in git.
 */

/** The normal response that sits beside every hostile file: it must always be reported, with stance agree. */
/** A PDF of the given objects (1-based, in order), with its cross-reference table: hostile cases in miniature. */
export function pdfOf(objects: readonly string[]): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export const OK_TEXT = 'Question 1: Do you agree?\n\nAgree.\n';

/** One temporary folder per test file, made in beforeAll and removed in afterAll. */
export function useTempRoot(prefix: string): () => string {
  let root = '';
  beforeAll(() => {
    // realpath: on macOS os.tmpdir() is a symlink, and messages show real paths.
    root = realpathSync(mkdtempSync(join(tmpdir(), `csc-tag-hostile-${prefix}-`)));
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });
  return () => root;
}

/**
 * Makes `<root>/<name>/in/` holding ok.txt and `files` (paths relative to
 * in/, folders created as needed) and returns `<root>/<name>`, the working
 * folder to run in: inputs are then `in/...` and the out folder `out`.
 */
export function caseFolder(root: string, name: string, files: Record<string, string | Uint8Array> = {}): string {
  const cwd = join(root, name);
  mkdirSync(join(cwd, 'in'), { recursive: true });
  writeFileSync(join(cwd, 'in', 'ok.txt'), OK_TEXT);
  for (const [file, content] of Object.entries(files)) {
    const path = join(cwd, 'in', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return cwd;
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process (src/cli/run.ts) in `cwd`. `--jobs 1` is added
 * unless given: under vitest the worker script is TypeScript, and one thread
 * keeps every case deterministic in what it reads when.
 */
export async function tag(cwd: string, argv: string[]): Promise<Ran> {
  const fake = fakeIo({ cwd, env: {} });
  const args = argv.includes('--jobs') ? argv : [...argv, '--jobs', '1'];
  const code = await run(args, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

export function readReport(out: string): Report {
  return Report.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
}

export function documentOf(report: Report, file: string): DocumentReport {
  const doc = report.documents.find((d) => d.file === file);
  if (!doc) throw new Error(`${file} is not in report.json; documents: ${report.documents.map((d) => d.file).join(', ')}`);
  return doc;
}

/** The normal response beside the hostile file was read and tagged as usual. */
export function expectOkReported(report: Report, file = 'in/ok.txt'): void {
  const doc = documentOf(report, file);
  expect(doc.segments.map((s) => [s.kind, s.number, s.stance.label, s.stance.source])).toEqual([['question', '1', 'agree', 'explicit']]);
}

/** Files a publishing run must never leave behind: staged reports, bodies, the lock. */
export function leftovers(out: string): string[] {
  return readdirSync(out).filter((f) => f.endsWith('.tmp') || f.endsWith('.body') || f === '.csc-tag.lock');
}
