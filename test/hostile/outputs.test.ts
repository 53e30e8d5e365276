import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { caseFolder, documentOf, expectOkReported, leftovers, OK_TEXT, readReport, tag, useTempRoot } from './helpers.js';
import { tables as tableLines, unescapedPipes } from '../helpers/markdown.js';

/**
 * Hostile out folders and hostile text on its way into the reports: an out
 * path that is a file or cannot be written, a symlink planted where a report
 * goes, a lock held by another run, and document text or file names that try
 * to break report.md's tables, become links or HTML, or run as formulas in
 * segments.csv.
 */

const root = useTempRoot('outputs');
const isRoot = process.getuid?.() === 0;

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(join(entry.parentPath, entry.name), 'latin1');
  }
  return files;
}

describe('--out that cannot be used: exit 2 before any work, nothing written', () => {
  it('--out is a file', async () => {
    const cwd = caseFolder(root(), 'out-is-file');
    writeFileSync(join(cwd, 'out'), 'not a folder\n');
    const before = snapshot(cwd);
    expect(await tag(cwd, ['in', '-o', 'out', '-q'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `csc-tag: ${join(cwd, 'out')}: out folder is a file, not a folder\n`,
    });
    expect(snapshot(cwd)).toEqual(before);
  });

  it('--out below a file', async () => {
    const cwd = caseFolder(root(), 'out-below-file');
    writeFileSync(join(cwd, 'out'), 'not a folder\n');
    const before = snapshot(cwd);
    const { code, stdout } = await tag(cwd, ['in', '-o', 'out/reports', '-q']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(snapshot(cwd)).toEqual(before);
  });

  // root writes into any folder whatever its mode, so chmod 555 cannot stop it there.
  it.skipIf(isRoot)('--out inside a read-only folder (chmod 555) (skipped as root: root can write there)', async () => {
    const cwd = caseFolder(root(), 'out-read-only-parent');
    const parent = join(cwd, 'ro');
    mkdirSync(parent);
    chmodSync(parent, 0o555);
    try {
      expect(await tag(cwd, ['in', '-o', 'ro/out', '-q'])).toEqual({
        code: 2,
        stdout: '',
        stderr: `csc-tag: ${join(parent, 'out')}: out folder cannot be created (EACCES)\n`,
      });
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      chmodSync(parent, 0o755);
    }
  });

  it.skipIf(isRoot)('--out is a read-only folder (chmod 555) (skipped as root: root can write there)', async () => {
    const cwd = caseFolder(root(), 'out-read-only');
    const out = join(cwd, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'report.json'), 'PREVIOUS\n');
    chmodSync(out, 0o555);
    try {
      const { code, stdout, stderr } = await tag(cwd, ['in', '-o', 'out', '-q']);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toMatch(/^csc-tag: .*out.*\n$/);
      expect(snapshot(out)).toEqual({ 'report.json': 'PREVIOUS\n' });
    } finally {
      chmodSync(out, 0o755);
    }
  });
});

describe('a symlink planted where a report goes', () => {
  it('is replaced by a regular file; the file it pointed to is unchanged', async () => {
    const cwd = caseFolder(root(), 'planted-symlink');
    const elsewhere = join(cwd, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'precious.json'), 'PRECIOUS JSON\n');
    writeFileSync(join(elsewhere, 'precious.md'), 'PRECIOUS MD\n');
    mkdirSync(join(cwd, 'out'));
    symlinkSync(join(elsewhere, 'precious.json'), join(cwd, 'out', 'report.json'));
    symlinkSync('../elsewhere/precious.md', join(cwd, 'out', 'report.md'));

    expect(await tag(cwd, ['in', '-o', 'out', '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
    for (const file of ['report.json', 'report.md']) {
      const stat = lstatSync(join(cwd, 'out', file));
      expect({ file, symlink: stat.isSymbolicLink(), regular: stat.isFile() }).toEqual({ file, symlink: false, regular: true });
    }
    expect(snapshot(elsewhere)).toEqual({ 'precious.json': 'PRECIOUS JSON\n', 'precious.md': 'PRECIOUS MD\n' });
    expectOkReported(readReport(join(cwd, 'out')));
    expect(leftovers(join(cwd, 'out'))).toEqual([]);
  });
});

describe('a lock on the out folder', () => {
  const previous = { 'report.json': 'PREVIOUS JSON\n', 'report.md': 'PREVIOUS MD\n' };

  it('held by a live process: exit 2 naming the lock, nothing written, the lock left alone', async () => {
    const cwd = caseFolder(root(), 'lock-live');
    const out = join(cwd, 'out');
    mkdirSync(out);
    for (const [file, text] of Object.entries(previous)) writeFileSync(join(out, file), text);
    // The test runner itself: certainly alive, and not the run being tested (which runs in-process but must not take a lock it did not create).
    writeFileSync(join(out, '.csc-tag.lock'), `${process.pid}\n`);

    const { code, stdout, stderr } = await tag(cwd, ['in', '-o', 'out', '-q']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^csc-tag: [^\n]*\.csc-tag\.lock[^\n]*\n$/);
    expect(stderr).toContain(String(process.pid));
    expect(snapshot(out)).toEqual({ ...previous, '.csc-tag.lock': `${process.pid}\n` });
  });

  it('left by a process that is gone (stale): the run proceeds, exit 0, and removes it', async () => {
    const cwd = caseFolder(root(), 'lock-stale');
    const out = join(cwd, 'out');
    mkdirSync(out);
    for (const [file, text] of Object.entries(previous)) writeFileSync(join(out, file), text);
    // Above any pid_max (2^22 on Linux), so no process can have it.
    writeFileSync(join(out, '.csc-tag.lock'), '2147483646\n');

    expect(await tag(cwd, ['in', '-o', 'out', '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(out).sort()).toEqual(['report.json', 'report.md']);
    expectOkReported(readReport(out));
  });
});

/** Hostile Markdown, HTML and autolinks, in a question over two lines and in answers with theme quotes. */
const HOSTILE_MD = [
  'Question 1: Do you agree | that `code` and <script>alert(1)</script> and',
  '![pic](javascript:alert(1)) [click](javascript:alert(2)) are *fine* here?',
  '',
  'Agree. Funding | for kinship carers is `short` <img src=x onerror=alert(3)> and [click](javascript:alert(4)) says @everyone.',
  '',
  'Write to admin@example.com or www.example.com or https://evil.example/x or <https://evil.example/y> about the funding for kinship carers.',
  '',
  'Question 2: Is funding for kinship carers | enough? <b>bold</b>',
  '',
  'Disagree. [ref]: javascript:alert(5) and [ref] and [^1] and ~~gone~~ and # heading | | kinship carers need funding.',
  '',
  '[^1]: a footnote about funding for kinship carers',
  '',
].join('\n');

/**
 * Node types that only hostile text could produce in report.md. Code blocks
 * are the report's own charts (```mermaid), checked separately.
 */
const FORBIDDEN = ['html', 'link', 'image', 'linkReference', 'imageReference', 'definition', 'inlineCode', 'footnoteReference', 'footnoteDefinition', 'delete'];

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

function walk(node: Nodes, each: (node: Nodes) => void): void {
  each(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, each);
}

/** What the reader sees: the word joiners that stop autolinks are invisible, and whitespace runs are one space. */
const seen = (text: string): string =>
  text
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('hostile text going into report.md', () => {
  it('stays text: no HTML, link, image or inline code nodes, and every table keeps its shape', async () => {
    const hostileName = 'a|b `t` <img src=x onerror=alert(6)> [x](javascript:alert(7)) *e*.txt';
    // A file name cannot hold `/`, so no closing tag.
    const binaryName = 'c|d <script>alert(8)<script>.txt';
    const cwd = caseFolder(root(), 'markdown', {
      'hostile.txt': HOSTILE_MD,
      [hostileName]: OK_TEXT,
      [binaryName]: Buffer.from([0x00, 0x01]),
    });
    const ran = await tag(cwd, ['in', '-o', 'out', '-q', '-f', 'json,md']);
    expect(ran).toEqual({ code: 0, stdout: '', stderr: `csc-tag: skipped in/${binaryName}: binary file (NUL byte at offset 0)\n` });
    const report = readReport(join(cwd, 'out'));
    const markdown = readFileSync(join(cwd, 'out', 'report.md'), 'utf8');
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

    const kinds = new Set<string>();
    walk(tree, (node) => kinds.add(node.type));
    expect(FORBIDDEN.filter((kind) => kinds.has(kind))).toEqual([]);
    expect(markdown).not.toContain('<');
    // The only code blocks are the report's mermaid charts, and no document text reaches them (mermaid renders labels).
    const blocks: Nodes[] = [];
    walk(tree, (node) => {
      if (node.type === 'code') blocks.push(node);
    });
    for (const block of blocks) {
      expect(block.type === 'code' && block.lang).toBe('mermaid');
      expect(textOf(block)).not.toMatch(/alert|javascript|onerror|script|@|`|Do you agree|kinship carers/);
    }

    // Every table row has as many cells as its header, in the tree and in the source.
    const tables: Table[] = [];
    walk(tree, (node) => {
      if (node.type === 'table') tables.push(node);
    });
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const width = table.children[0]!.children.length;
      for (const row of table.children) expect(row.children.length, textOf(row)).toBe(width);
    }
    for (const block of tableLines(markdown)) {
      for (const line of block) expect(unescapedPipes(line), line).toBe(unescapedPipes(block[0]!));
    }

    // Each document is a heading with its exact name, then one table row per segment showing its question as written.
    const headings = tree.children.filter((n) => n.type === 'heading' && n.depth === 2).map((n) => seen(textOf(n)));
    for (const file of ['in/hostile.txt', `in/${hostileName}`, 'in/ok.txt']) expect(headings).toContain(file);
    const hostile = documentOf(report, 'in/hostile.txt');
    const index = tree.children.findIndex((n) => n.type === 'heading' && seen(textOf(n)) === 'in/hostile.txt');
    const table = tree.children.slice(index).find((n): n is Table => n.type === 'table')!;
    expect(table.children).toHaveLength(hostile.segments.length + 1);
    expect(table.children[0]!.children.map(textOf)).toEqual(['id', 'number', 'question', 'stance', 'confidence', 'themes']);
    const questions = hostile.segments.filter((s) => s.kind === 'question');
    expect(questions.map((s) => s.stance.label)).toEqual(['agree', 'disagree']);
    for (const segment of questions) {
      const row = table.children.find((r) => textOf(r.children[0]!) === segment.id)!;
      const shown = seen(textOf(row.children[2]!));
      // Long questions are cut with an ellipsis; what is shown is the question's own text.
      expect(seen(segment.question!).startsWith(shown.replace(/…$/, '')), `${shown}\nis not the start of\n${segment.question}`).toBe(true);
    }
    // The skipped file is listed by its exact name too.
    const skippedList = tree.children.find((n) => n.type === 'list' && seen(textOf(n)).includes('binary file'))!;
    expect(seen(textOf(skippedList))).toBe(`in/${binaryName}: binary file (NUL byte at offset 0) (binary)`);
    expectOkReported(report);
  });
});

describe('hostile text going into segments.csv', () => {
  it('every cell starting with = + - @ tab or CR gets a leading apostrophe', async () => {
    // Run inside the folder with `.`, so that file names themselves start the file column.
    const files: Record<string, string> = {
      '=HYPERLINK.txt': 'Question 1: =HYPERLINK("http://evil.example","x") do you agree?\n\nAgree.\n',
      '+cmd.txt': "Question 1: +cmd|' /C calc'!A0 do you agree?\n\n-2+3 we welcome the funding for kinship carers.\n",
      '-minus.txt': 'Question 1: -1+1 do you agree?\n\nDisagree.\n',
      '@at.txt': 'Question 1: @SUM(1+1) do you agree?\n\n@SUM(1) we welcome the funding for kinship carers.\n',
      '\ttab.txt': 'Question 1: Do you agree?\n\nAgree.\n',
      '\rcr.txt': 'Question 1: Do you agree?\n\nAgree.\n',
    };
    const cwd = caseFolder(root(), 'csv', files);
    const input = join(cwd, 'in');
    expect(await tag(input, ['.', '-o', 'out', '-q', '-f', 'json,csv'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = readReport(join(input, 'out'));
    const bytes = readFileSync(join(input, 'out', 'segments.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes, { bom: true, relax_column_count: false }) as string[][];
    const header = rows[0]!;
    expect(header.slice(0, 6)).toEqual(['file', 'id', 'key', 'kind', 'number', 'question']);
    // Table shape: one record per segment, each as wide as the header.
    expect(rows).toHaveLength(1 + report.documents.reduce((n, d) => n + d.segments.length, 0));
    for (const row of rows) expect(row).toHaveLength(header.length);

    // No cell can start a formula, and the hostile ones are there, neutralised.
    const dangerous = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(dangerous).toEqual([]);
    const column = (name: string): string[] => rows.slice(1).map((row) => row[header.indexOf(name)]!);
    expect(new Set(column('file'))).toEqual(new Set(['ok.txt', ...Object.keys(files).map((f) => `'${f}`)]));
    expect(column('question')).toEqual(
      expect.arrayContaining([`'=HYPERLINK("http://evil.example","x") do you agree?`, `'+cmd|' /C calc'!A0 do you agree?`, `'-1+1 do you agree?`, `'@SUM(1+1) do you agree?`]),
    );
    // Each quote cell is the neutralised text of the segment's quote, which report.json keeps exact.
    const quotes = column('quote');
    expect(quotes.filter((q) => q.startsWith("'"))).toEqual(expect.arrayContaining([expect.stringMatching(/^'-2\+3 we welcome/), expect.stringMatching(/^'@SUM\(1\) we welcome/)]));
    expect(documentOf(report, '=HYPERLINK.txt').segments[0]!.question).toBe('=HYPERLINK("http://evil.example","x") do you agree?');

    // Every other CSV the run wrote (questions.csv) is defended the same way.
    for (const other of readdirSync(join(input, 'out')).filter((f) => f.endsWith('.csv') && f !== 'segments.csv')) {
      const table = parseCsv(readFileSync(join(input, 'out', other)), { bom: true }) as string[][];
      for (const row of table) expect(row, other).toHaveLength(table[0]!.length);
      expect(
        table.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell)),
        other,
      ).toEqual([]);
      const text = table.slice(1).map((row) => row[table[0]!.indexOf('question')] ?? '');
      for (const start of ['=', '+', '-', '@'])
        expect(
          text.some((cell) => cell.startsWith(`'${start}`)),
          `${other}: a question starting ${start}`,
        ).toBe(true);
    }
    expectOkReported(report, 'ok.txt');
  });
});

describe('line breaks going into segments.csv', () => {
  it('a cell holding a line break is quoted (RFC 4180), so that no reader splits the record', async () => {
    // Evidence keeps the exact text, so a sentence wrapped over two lines is a quote with a line break in it;
    // a file name can hold a bare LF or CR too.
    const cwd = caseFolder(root(), 'csv-line-breaks', {
      'wrapped.txt': 'Question 1: Do you agree with the plan?\n\nWe welcome the funding\nfor kinship carers.\n',
      'new\nline.txt': OK_TEXT,
      'carriage\rreturn.txt': OK_TEXT,
    });
    const input = join(cwd, 'in');
    expect(await tag(input, ['.', '-o', 'out', '-q', '-f', 'json,csv'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = readReport(join(input, 'out'));
    expect(documentOf(report, 'wrapped.txt').segments[0]!.stance.evidence.map((e) => e.text)).toContain('We welcome the funding\nfor kinship carers.');
    // Strict: any CRLF, LF or CR outside quotes ends a record, as in spreadsheet importers.
    const rows = parseCsv(readFileSync(join(input, 'out', 'segments.csv')), { bom: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    expect(rows.map((row) => row.length)).toEqual(rows.map(() => rows[0]!.length));
    const file = rows[0]!.indexOf('file');
    const quote = rows[0]!.indexOf('quote');
    expect(rows.slice(1).map((row) => [row[file], row[quote]])).toEqual([
      ['carriage\rreturn.txt', 'Agree.'],
      ['new\nline.txt', 'Agree.'],
      ['ok.txt', 'Agree.'],
      ['wrapped.txt', 'We welcome the funding\nfor kinship carers.'],
    ]);
  });
});
