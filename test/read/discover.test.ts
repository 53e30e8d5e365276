import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverInputs } from '../../src/read/index.js';

let base: string;
let cwd: string;
let out: string;

function touch(...files: string[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(cwd, file)), { recursive: true });
    writeFileSync(join(cwd, file), 'text\n');
  }
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'csc-tag-discover-'));
  cwd = join(base, 'project');
  out = join(cwd, 'docs', 'out');
  touch(
    'docs/a.md',
    'docs/b.TXT',
    'docs/C.Markdown',
    'docs/notes.csv',
    'docs/slides.key',
    'docs/scan.pdf',
    'docs/sub/deep/z.txt',
    'docs/.git/HEAD.txt',
    'docs/node_modules/pkg/readme.md',
    'docs/out/report.md',
    'sorted/Zeta.txt',
    'sorted/alpha.txt',
    'sorted/Émile.txt',
    'response.docx',
    '[draft].txt',
    '../outside/x.txt',
    '../outside/notes.key',
    '../elsewhere/real.txt',
  );
  // A link back up the tree: followed, it would loop for ever.
  symlinkSync('..', join(cwd, 'docs/sub/up'));
  symlinkSync(join(base, 'elsewhere/real.txt'), join(cwd, 'docs/linked.txt'));
  symlinkSync('missing.txt', join(cwd, 'docs/dangling.txt'));
  symlinkSync('self.txt', join(cwd, 'docs/self.txt'));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('discoverInputs', () => {
  it('searches a folder for every format the registry reads, survey exports included, in any case, skipping .git, node_modules, excluded folders and linked folders', async () => {
    const result = await discoverInputs(['docs'], { cwd, exclude: [out] });
    expect(result.files).toEqual(['docs/C.Markdown', 'docs/a.md', 'docs/b.TXT', 'docs/linked.txt', 'docs/notes.csv', 'docs/scan.pdf', 'docs/sub/deep/z.txt']);
    expect(result.stdin).toBe(false);
    // Files of no known format are listed, never read.
    expect(result.ignored).toEqual(['docs/slides.key']);
  });

  it('reports a dangling symlink and a symlink loop found in a folder', async () => {
    const result = await discoverInputs(['docs'], { cwd, exclude: [out] });
    expect(result.problems).toEqual([
      { file: 'docs/dangling.txt', code: 'not-found', reason: 'symlink points to a missing file' },
      { file: 'docs/self.txt', code: 'symlink-loop', reason: 'symlink loop' },
    ]);
  });

  it('sorts by code unit, not by locale', async () => {
    const result = await discoverInputs(['sorted'], { cwd });
    expect(result.files).toEqual(['sorted/Zeta.txt', 'sorted/alpha.txt', 'sorted/Émile.txt']);
  });

  it('takes a named file whatever its extension, and de-duplicates', async () => {
    const result = await discoverInputs(['response.docx', 'docs/sub', './docs/sub/deep/z.txt'], { cwd });
    expect(result).toEqual({ files: ['docs/sub/deep/z.txt', 'response.docx'], problems: [], stdin: false, ignored: [] });
  });

  it('expands a glob, and skips .git, node_modules and excluded folders in it', async () => {
    const result = await discoverInputs(['docs/**/*.{md,csv}'], { cwd, exclude: [out] });
    expect(result).toEqual({ files: ['docs/a.md', 'docs/notes.csv'], problems: [], stdin: false, ignored: [] });
  });

  it('takes an existing file whose name looks like a glob as that file', async () => {
    const result = await discoverInputs(['[draft].txt'], { cwd });
    expect(result.files).toEqual(['[draft].txt']);
  });

  it('names a file outside cwd from its folder, and says where it is in sources', async () => {
    const result = await discoverInputs(['../outside/x.txt'], { cwd });
    expect(result.files).toEqual(['x.txt']);
    expect(result.sources).toEqual({ 'x.txt': join(base, 'outside/x.txt') });
  });

  it('names inputs given by absolute paths outside cwd from the nearest folder holding them all, with `/`', async () => {
    const result = await discoverInputs([join(base, 'outside'), join(base, 'elsewhere/real.txt')], { cwd });
    expect(result.files).toEqual(['elsewhere/real.txt', 'outside/x.txt']);
    // Files no reader takes are named the same way.
    expect(result.ignored).toEqual(['outside/notes.key']);
    expect(result.sources).toEqual({ 'elsewhere/real.txt': join(base, 'elsewhere/real.txt'), 'outside/x.txt': join(base, 'outside/x.txt') });
  });

  it('names an absolute path inside cwd relative to cwd, with no source needed', async () => {
    const result = await discoverInputs([join(cwd, 'docs/a.md')], { cwd });
    expect(result).toEqual({ files: ['docs/a.md'], problems: [], stdin: false, ignored: [] });
  });

  it('keeps an outside name that would equal an inside one relative to cwd instead', async () => {
    touch('../twin/docs/a.md');
    const result = await discoverInputs(['docs/a.md', join(base, 'twin/docs')], { cwd });
    expect(result.files).toEqual(['../twin/docs/a.md', 'docs/a.md']);
  });

  it('names a missing input outside cwd the same way', async () => {
    const result = await discoverInputs([join(base, 'outside/gone.txt'), '../outside/x.txt'], { cwd });
    expect(result.files).toEqual(['x.txt']);
    expect(result.problems).toEqual([{ file: 'gone.txt', code: 'not-found', reason: 'no such file or folder' }]);
  });

  it('marks stdin for "-"', async () => {
    expect(await discoverInputs(['-'], { cwd })).toEqual({ files: [], problems: [], stdin: true, ignored: [] });
  });

  it.each([
    { name: 'missing path', input: 'nope.txt', problem: { code: 'not-found', reason: 'no such file or folder' } },
    { name: 'missing folder in path', input: 'nope/a.txt', problem: { code: 'not-found', reason: 'no such file or folder' } },
    { name: 'glob matching nothing', input: 'nope/*.txt', problem: { code: 'no-match', reason: 'glob matched no files' } },
    { name: 'dangling symlink named directly', input: 'docs/dangling.txt', problem: { code: 'not-found', reason: 'symlink points to a missing file' } },
    { name: 'file inside an excluded folder', input: 'docs/out/report.md', problem: { code: 'excluded', reason: 'inside an excluded folder, such as the --out folder' } },
  ])('reports a $name as a problem and still finds the rest', async ({ input, problem }) => {
    const result = await discoverInputs([input, 'response.docx'], { cwd, exclude: [out] });
    expect(result).toEqual({ files: ['response.docx'], problems: [{ file: input, ...problem }], stdin: false, ignored: [] });
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder (skipped as root, who can read anything)', async () => {
    const locked = join(cwd, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    try {
      const result = await discoverInputs(['locked'], { cwd });
      expect(result.problems).toEqual([{ file: 'locked', code: 'unreadable', reason: 'permission denied' }]);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});
