import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectEvidenceValid } from '../helpers/evidence.js';
import { caseFolder, documentOf, expectOkReported, OK_TEXT, readReport, tag, useTempRoot } from './helpers.js';

/**
 * Hostile inputs (README, "Inputs"): each case puts one hostile file beside a
 * normal response (in/ok.txt) and checks the exit code, the exact skip or
 * warning, and that the hostile file neither crashes the run nor stops
 * ok.txt from being reported with stance agree.
 *
 * Runs are in-process with -q, so stderr holds only skipped files and errors
 * and is compared whole, together with the exit code and stdout.
 */

const root = useTempRoot('inputs');
// --strict: a skipped input exits 1, which is how these cases see that it was noticed.
const QUIET = ['in', '-o', 'out', '-q', '--strict'];

describe('files with nothing to tag', () => {
  it.each([
    ['empty', ''],
    ['whitespace-only', ' \n\t\n  \n'],
    ['BOM-only', '\uFEFF'],
  ])('%s file: a document with no segments and an `empty` warning, exit 0', async (name, content) => {
    const cwd = caseFolder(root(), `nothing-${name}`, { 'blank.txt': content });
    expect(await tag(cwd, QUIET)).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = readReport(join(cwd, 'out'));
    expect(documentOf(report, 'in/blank.txt')).toMatchObject({ segments: [], warnings: [{ code: 'empty', message: 'empty file: no text to tag' }] });
    expect(report.skipped).toEqual([]);
    expectOkReported(report);
  });
});

describe('binary files', () => {
  // A PNG renamed .txt (its first NUL is at offset 8), and a Markdown file with one stray NUL.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const nulMarkdown = Buffer.from('# Response\n\nWe agree.\u0000 Funding is short.\n', 'utf8');
  it.each([
    ['photo.txt', png, 8],
    ['notes.md', nulMarkdown, nulMarkdown.indexOf(0)],
  ])('%s is skipped as binary: exit 1, reason on stderr and in report.skipped', async (file, bytes, offset) => {
    const cwd = caseFolder(root(), `binary-${file}`, { [file]: bytes });
    const reason = `binary file (NUL byte at offset ${offset})`;
    expect(await tag(cwd, QUIET)).toEqual({ code: 1, stdout: '', stderr: `csc-tag: skipped in/${file}: ${reason}\n` });
    const report = readReport(join(cwd, 'out'));
    expect(report.skipped).toEqual([{ file: `in/${file}`, code: 'binary', reason }]);
    expect(report.documents.map((d) => d.file)).toEqual(['in/ok.txt']);
    expect(report.summary.skipped).toBe(1);
    expectOkReported(report);
  });
});

describe('invalid UTF-8', () => {
  it('of Windows-1252 bytes is read as Windows-1252, with a warning on the document, exit 0', async () => {
    // Latin-1 é, a lone continuation byte, and a truncated 3-byte sequence at the end.
    const bytes = Buffer.concat([
      Buffer.from('Question 2: Do you agree?\n\nDisagree. The caf'),
      Buffer.from([0xe9]),
      Buffer.from(' budget '),
      Buffer.from([0x80]),
      Buffer.from(' is short.\n\nEnd '),
      Buffer.from([0xe2, 0x82]),
    ]);
    const cwd = caseFolder(root(), 'invalid-utf8', { 'latin1.txt': bytes });
    expect(await tag(cwd, QUIET)).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = readReport(join(cwd, 'out'));
    const doc = documentOf(report, 'in/latin1.txt');
    expect(doc.warnings.map((w) => w.code)).toEqual(['decoded-windows-1252']);
    expect(doc.segments[0]!.answer).toContain('café budget € is short.');
    expect(doc.segments[0]!.stance.label).toBe('disagree');
    // Positions are measured on the decoded text: 0xE9 é, 0x80 €, and 0xE2 0x82 â‚ in Windows-1252.
    expectEvidenceValid('Question 2: Do you agree?\n\nDisagree. The café budget € is short.\n\nEnd â‚', doc);
    expect(report.skipped).toEqual([]);
    expectOkReported(report);
  });
});

/**
 * A response with several lines before the evidence, a character outside the
 * BMP (two UTF-16 units) before it on the same line as a theme quote, and
 * labels from a closed answer, a cue and a theme, so that a position shifted
 * by a BOM or a line ending shows.
 */
const TWIN_TEXT = [
  'Response from Northfield Council \u{1F600} £',
  '',
  'Question 1: Do you agree with the proposals for kinship carers?',
  '',
  'We welcome the proposals. \u{1F600} However, we are concerned that funding for kinship carers is not enough.',
  '',
  'Question 2: Should social worker caseloads be capped?',
  '',
  'Disagree.',
  'Caseloads are a matter for each council.',
  '',
].join('\n');

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'be') body.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

describe('encodings and line endings: the same labels and positions as the plain UTF-8 LF twin', () => {
  const twins: [string, Buffer, string][] = [
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TWIN_TEXT)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16(TWIN_TEXT, 'le'), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(TWIN_TEXT, 'be'), 'utf-16be'],
    ['CRLF', Buffer.from(TWIN_TEXT.replace(/\n/g, '\r\n')), 'utf-8'],
    ['lone CR', Buffer.from(TWIN_TEXT.replace(/\n/g, '\r')), 'utf-8'],
    ['mixed CRLF, CR and LF', Buffer.from(mixEndings(TWIN_TEXT)), 'utf-8'],
    ['UTF-16 LE with BOM and CRLF', utf16(TWIN_TEXT.replace(/\n/g, '\r\n'), 'le'), 'utf-16le'],
  ];

  it.each(twins)('%s', async (name, bytes, encoding) => {
    const cwd = caseFolder(root(), `twin-${name.replace(/\W+/g, '-')}`, { 'plain.txt': TWIN_TEXT, 'twin.txt': bytes });
    expect(await tag(cwd, QUIET)).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = readReport(join(cwd, 'out'));
    const plain = documentOf(report, 'in/plain.txt');
    const twin = documentOf(report, 'in/twin.txt');
    // The plain twin is worth comparing against: it has questions, a closed answer, a cue and themes, all with evidence.
    const questions = plain.segments.filter((s) => s.kind === 'question');
    expect(questions.map((s) => [s.number, s.stance.evidence.length > 0])).toEqual([
      ['1', true],
      ['2', true],
    ]);
    expect(questions[1]!.stance).toMatchObject({ label: 'disagree', source: 'explicit' });
    expect(plain.segments.flatMap((s) => s.themes.map((t) => t.theme))).toEqual(expect.arrayContaining(['kinship', 'funding', 'workforce']));
    expectEvidenceValid(TWIN_TEXT, plain);
    expect({ encoding: twin.encoding, warnings: twin.warnings, title: twin.title }).toEqual({ encoding, warnings: [], title: plain.title });
    // Labels, every position (line, column, offset) and every evidence span; keys differ, as they name the file.
    const unkeyed = (segments: typeof plain.segments) => segments.map((s) => ({ ...s, key: s.key.split('-')[1] }));
    expect(unkeyed(twin.segments)).toEqual(unkeyed(plain.segments));
    expectOkReported(report);
  });
});

/** Cycles CRLF, LF, CR: a lone CR is never followed by an LF, which would make one CRLF of two line ends. */
function mixEndings(text: string): string {
  const endings = ['\r\n', '\n', '\r'];
  let i = 0;
  return text.replace(/\n/g, () => endings[i++ % endings.length]!);
}

describe('a 20 MB single-line file', () => {
  const SIZE = 20_000_000;
  const bigCase = (name: string): string => {
    const unit = 'We welcome the proposals on funding for kinship carers and the social work workforce. ';
    const line = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
    return caseFolder(root(), name, { 'huge.txt': line });
  };

  it('is skipped by size with the default limit, unread (too-large, exit 1)', async () => {
    const cwd = bigCase('huge-default');
    const reason = 'file is 20 MB, over the --max-file-size limit of 10 MB';
    expect(await tag(cwd, QUIET)).toEqual({ code: 1, stdout: '', stderr: `csc-tag: skipped in/huge.txt: ${reason}\n` });
    const report = readReport(join(cwd, 'out'));
    expect(report.skipped).toEqual([{ file: 'in/huge.txt', code: 'too-large', reason }]);
    expectOkReported(report);
  });

  it('is tagged with --max-file-size 30MB (exit 0)', { timeout: 180_000 }, async () => {
    const cwd = bigCase('huge-30mb');
    expect(await tag(cwd, [...QUIET, '-f', 'json', '--max-file-size', '30MB'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = readReport(join(cwd, 'out'));
    const doc = documentOf(report, 'in/huge.txt');
    expect({ bytes: doc.bytes, warnings: doc.warnings }).toEqual({ bytes: SIZE, warnings: [] });
    expect(doc.segments.length).toBeGreaterThan(0);
    expect(report.skipped).toEqual([]);
    expectOkReported(report);
  });
});

describe('10,000 small files in one folder', () => {
  it('are all reported, sorted by path, with no EMFILE', { timeout: 180_000 }, async () => {
    const cwd = caseFolder(root(), 'many');
    const names = ['ok.txt'];
    // 9,999 more beside ok.txt; unpadded numbers so path order is not creation order.
    for (let i = 0; i < 9_999; i++) {
      const name = `r${i}.txt`;
      writeFileSync(join(cwd, 'in', name), `Question 1: Do you agree?\n\n${i % 2 ? 'Agree' : 'Disagree'}.\n`);
      names.push(name);
    }
    expect(await tag(cwd, ['in', '-o', 'out', '-f', 'json', '-q', '--jobs', '1'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = readReport(join(cwd, 'out'));
    const files = names.map((n) => `in/${n}`).sort();
    expect(report.documents.map((d) => d.file)).toEqual(files);
    expect(report.summary).toMatchObject({ documents: 10_000, skipped: 0, questions: 10_000 });
    // r1, r3, ... r9997 agree (4,999) and ok.txt agrees; r0, r2, ... r9998 disagree (5,000).
    expect(report.summary.stance).toMatchObject({ agree: 5_000, disagree: 5_000 });
    expectOkReported(report);
  });
});

describe('Markdown torture: the run finishes with exit 0, no stack overflow', () => {
  const N = 10_000;
  const bodies: [string, string][] = [
    ['500 nested list levels', Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n') + '\n'],
    ['5,000 nested blockquotes', `${'>'.repeat(5_000)} Do you agree? We welcome it.\n`],
    [`${N} unclosed [`, `Question 1: Do you agree?\n\n${'['.repeat(N)} We welcome it.\n`],
    [`${N} unclosed *`, `Question 1: Do you agree?\n\n${'*'.repeat(N)} We welcome it.\n`],
  ];
  const cases = bodies.flatMap(([name, body]) => (['md', 'txt'] as const).map((ext) => [name, ext, body] as const));

  it.each(cases)(
    '%s in a .%s file',
    async (name, ext, body) => {
      const file = `torture.${ext}`;
      const cwd = caseFolder(root(), `torture-${name.replace(/\W+/g, '-')}-${ext}`, { [file]: body });
      expect(await tag(cwd, [...QUIET, '-f', 'json,md,csv'])).toEqual({ code: 0, stdout: '', stderr: '' });
      const report = readReport(join(cwd, 'out'));
      expect(report.documents.map((d) => d.file)).toEqual([`in/ok.txt`, `in/${file}`]);
      expectEvidenceValid(body, documentOf(report, `in/${file}`));
      expectOkReported(report);
    },
    120_000,
  );
});

describe('symlinks inside an input folder', () => {
  it('a folder loop is never followed, file loops and a dangling link are reported, exit 1', async () => {
    const cwd = caseFolder(root(), 'symlinks', { 'sub/inner.txt': OK_TEXT });
    const input = join(cwd, 'in');
    symlinkSync('.', join(input, 'loop'));
    symlinkSync('..', join(input, 'sub', 'up'));
    symlinkSync('self.txt', join(input, 'self.txt'));
    symlinkSync('pong.txt', join(input, 'ping.txt'));
    symlinkSync('ping.txt', join(input, 'pong.txt'));
    symlinkSync('nowhere.txt', join(input, 'dangling.txt'));
    expect(await tag(cwd, QUIET)).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'csc-tag: skipped in/dangling.txt: symlink points to a missing file',
        'csc-tag: skipped in/ping.txt: symlink loop',
        'csc-tag: skipped in/pong.txt: symlink loop',
        'csc-tag: skipped in/self.txt: symlink loop',
        '',
      ].join('\n'),
    });
    const report = readReport(join(cwd, 'out'));
    expect(report.documents.map((d) => d.file)).toEqual(['in/ok.txt', 'in/sub/inner.txt']);
    expect(report.skipped.map((s) => [s.file, s.code])).toEqual([
      ['in/dangling.txt', 'not-found'],
      ['in/ping.txt', 'symlink-loop'],
      ['in/pong.txt', 'symlink-loop'],
      ['in/self.txt', 'symlink-loop'],
    ]);
    expectOkReported(report);
  });

  it('a dangling link named on the command line is reported, exit 1', async () => {
    const cwd = caseFolder(root(), 'dangling-arg');
    symlinkSync('nowhere.txt', join(cwd, 'gone.txt'));
    expect(await tag(cwd, ['in', 'gone.txt', '-o', 'out', '-q', '--strict'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'csc-tag: skipped gone.txt: symlink points to a missing file\n',
    });
    expectOkReported(readReport(join(cwd, 'out')));
  });
});

describe('unreadable file', () => {
  // root reads any file whatever its mode, so chmod 000 cannot make one unreadable there.
  it.skipIf(process.getuid?.() === 0)('chmod 000 is skipped with reason permission denied, exit 1 (skipped as root: root can read it)', async () => {
    const cwd = caseFolder(root(), 'unreadable', { 'locked.txt': OK_TEXT });
    chmodSync(join(cwd, 'in', 'locked.txt'), 0o000);
    try {
      expect(await tag(cwd, QUIET)).toEqual({ code: 1, stdout: '', stderr: 'csc-tag: skipped in/locked.txt: permission denied\n' });
      const report = readReport(join(cwd, 'out'));
      expect(report.skipped).toEqual([{ file: 'in/locked.txt', code: 'unreadable', reason: 'permission denied' }]);
      expectOkReported(report);
    } finally {
      chmodSync(join(cwd, 'in', 'locked.txt'), 0o644);
    }
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable folder is skipped, exit 1 (skipped as root: root can read it)', async () => {
    const cwd = caseFolder(root(), 'unreadable-folder', { 'closed/a.txt': OK_TEXT });
    chmodSync(join(cwd, 'in', 'closed'), 0o000);
    try {
      expect(await tag(cwd, QUIET)).toEqual({ code: 1, stdout: '', stderr: 'csc-tag: skipped in/closed: permission denied\n' });
      expectOkReported(readReport(join(cwd, 'out')));
    } finally {
      chmodSync(join(cwd, 'in', 'closed'), 0o755);
    }
  });
});

describe('input paths that do not exist', () => {
  it('next to a good one: listed as skipped, exit 1', async () => {
    const cwd = caseFolder(root(), 'missing-beside-good');
    expect(await tag(cwd, ['in', 'no-such.txt', '-o', 'out', '-q', '--strict'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'csc-tag: skipped no-such.txt: no such file or folder\n',
    });
    const report = readReport(join(cwd, 'out'));
    expect(report.skipped).toEqual([{ file: 'no-such.txt', code: 'not-found', reason: 'no such file or folder' }]);
    expectOkReported(report);
  });

  it('only a missing path: exit 2, nothing written', async () => {
    const cwd = caseFolder(root(), 'missing-only');
    expect(await tag(cwd, ['no-such.txt', '-o', 'out', '-q'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'csc-tag: no input found: no-such.txt (no such file or folder); give files, folders, globs, or - for stdin (--help lists the formats read)\n',
    });
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});

describe('hostile file names', () => {
  it('names with a newline, tab, quotes, pipes and HTML are read and reported under their own name', async () => {
    const names = ['line\nbreak.txt', 'tab\there.txt', 'quote"and\'.txt', 'pipe|`tick`<b>.md', ' leading space.txt'];
    const cwd = caseFolder(root(), 'file-names', Object.fromEntries(names.map((n) => [n, OK_TEXT])));
    mkdirSync(join(cwd, 'in', 'sub\ndir'));
    writeFileSync(join(cwd, 'in', 'sub\ndir', 'x.txt'), OK_TEXT);
    expect(await tag(cwd, [...QUIET, '-f', 'json,md,csv'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = readReport(join(cwd, 'out'));
    const all = ['ok.txt', ...names, 'sub\ndir/x.txt'].map((n) => `in/${n}`).sort();
    expect(report.documents.map((d) => d.file)).toEqual(all);
    for (const file of all) expectOkReported(report, file);
  });
});
