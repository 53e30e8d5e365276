import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { Report } from '../../src/model/schema.js';
import { formatJson } from '../../src/report/json.js';
import { fakeIo } from './fake-io.js';
import { tables, unescapedPipes } from '../helpers/markdown.js';

/**
 * Golden CLI cases, one folder each under fixtures/cli/<case>/:
 *
 *   args.json        argv (without node and script); `<CASE>` is the case folder, `<OUT>` a fresh out folder
 *   stdin.txt        optional: the bytes `-` reads
 *   env.json         optional: the whole environment (process.env never leaks in)
 *   expected.stdout, expected.stderr, exit
 *
 * The CLI runs in-process with cwd set to a fresh copy of the case folder, so
 * a run can never write into fixtures/ and the test can see that nothing was
 * written beside the inputs. `<OUT>` does not exist before the run: after a
 * fatal error (exit 2) it must still not exist.
 *
 * Before comparing, the out folder's path (absolute or relative) becomes
 * `<OUT>`, the case folder's `<CASE>`, and a timing such as `in 0.21 s`
 * becomes `in <T> s`. Exit code, stdout and stderr are compared together.
 *
 * A missing expected file fails the case. `UPDATE_FIXTURES=1` rewrites them
 * from the actual output, except for HAND_WRITTEN cases: review the diff
 * before committing it.
 */

const FIXTURES = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const REPORT_FILES = ['questions.csv', 'report.json', 'report.md', 'segments.csv'];

/** Every case folder, so a folder no test runs (or a case lost) fails here. */
const CASES = [
  'bad-format-exit-2',
  'bad-rules-file-exit-2',
  'empty-file-warning',
  'folder-named-questions',
  'force-color-env',
  'help',
  'help-command',
  'hostile-text-md-escaped',
  'no-arguments-exit-2',
  'no-color-beats-force-color',
  'no-color-env',
  'no-color-flag-beats-force-color',
  'no-input-exit-2',
  'out-is-a-file-exit-2',
  'out-is-cwd-exit-0',
  'quiet',
  'rules-file-extends',
  'rules-file-phrase-in-two-themes-exit-2',
  'skipped-binary-exit-0',
  'skipped-binary-exit-1',
  'stdin-dash',
  'stdout-json',
  'stdout-with-format-exit-2',
  'summary-one-segment-singular',
  'survey-export-md',
  'tags-folder-exit-0',
  'unknown-option-exit-2',
  'version',
];

/**
 * Cases whose expected files were written by hand because the CLI does not
 * yet behave as they say. UPDATE_FIXTURES leaves them alone, so that
 * regenerating the other cases cannot bless a bug; drop an entry once it passes.
 */
const HAND_WRITTEN: Record<string, string> = {};

/** Inputs that are awkward as files in git, written into the case's working copy before the run. */
// A scanned PDF saved with a .txt name: NUL bytes make it binary.
const scannedForm = (work: string): void => writeFileSync(join(work, 'responses', 'scanned-form.txt'), Buffer.from('%PDF-1.4\n\x00\x00\x01\x02 scanned page\n', 'latin1'));
const SETUP: Record<string, (work: string) => void> = {
  'skipped-binary-exit-0': scannedForm,
  'skipped-binary-exit-1': scannedForm,
};

/** Cases whose out folder is the case folder itself: these report files may appear there. */
const WRITES_INTO_CASE: Record<string, string[]> = {
  'out-is-cwd-exit-0': ['report.json', 'report.md'],
};

interface Ran {
  exit: number;
  stdout: string;
  stderr: string;
  out: string;
  work: string;
}

/** Checks beyond the golden comparison, for what a byte comparison cannot say plainly. */
const EXTRA: Record<string, (ran: Ran) => void> = {
  'tags-folder-exit-0': ({ out }) => {
    expect(readdirSync(out).sort()).toEqual(['report.json', 'report.md']);
    const report = Report.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(report.documents.map((d) => d.file)).toEqual(['responses/foster-carer.txt', 'responses/northfield-council.txt']);
    expect(report.skipped).toEqual([]);
  },
  quiet: ({ out }) => {
    expect(readdirSync(out).sort()).toEqual(['report.json', 'report.md']);
  },
  'skipped-binary-exit-1': ({ out }) => {
    const report = Report.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(report.documents.map((d) => d.file)).toEqual(['responses/northfield-council.txt']);
    expect(report.skipped.map((s) => [s.file, s.code])).toEqual([['responses/scanned-form.txt', 'binary']]);
  },
  // Without --strict the same run is a finished one: the skip is in the report and on stderr.
  'skipped-binary-exit-0': ({ out }) => {
    const report = Report.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(report.skipped.map((s) => [s.file, s.code])).toEqual([['responses/scanned-form.txt', 'binary']]);
  },
  'empty-file-warning': ({ out, stderr }) => {
    const report = Report.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(report.documents.find((d) => d.file === 'responses/blank.txt')?.warnings).toEqual([{ code: 'empty', message: 'empty file: no text to tag' }]);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## responses/blank.txt\n\nWarning: empty file: no text to tag\n');
    expect(stderr).toContain('csc-tag: warning responses/blank.txt: empty file: no text to tag\n');
  },
  // An existing folder named like a command is tagged, not taken for the command.
  'folder-named-questions': ({ out }) => {
    const report = Report.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(report.documents.map((d) => d.file)).toEqual(['questions/foster-carer.txt']);
  },
  help: ({ stdout }) => {
    const commands = stdout.slice(stdout.indexOf('\nCommands:\n'));
    for (const name of ['eval', 'help', 'kwic', 'questions', 'rules']) {
      expect(stdout.match(new RegExp(`^  ${name} `, 'gm')), `${name} is listed once`).toHaveLength(1);
      expect(commands).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  },
  'out-is-cwd-exit-0': ({ work }) => {
    // `-o .` must not exclude the inputs below it: they are not the previous run's reports.
    const report = Report.parse(JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')));
    expect(report.documents.map((d) => d.file)).toEqual(['responses/northfield-council.txt']);
  },
  'out-is-a-file-exit-2': ({ work }) => {
    expect(statSync(join(work, 'out')).isFile()).toBe(true);
  },
  'stdout-json': ({ stdout }) => {
    // `--stdout json` prints exactly what report.json would hold.
    const data = JSON.parse(stdout) as Report;
    expect(stdout).toBe(formatJson(data));
    expect(Report.parse(data)).toEqual(data);
  },
  'rules-file-extends': ({ stdout }) => {
    const report = Report.parse(JSON.parse(stdout));
    expect(report.themes).toContain('housing');
    expect(report.summary.themes.housing).toBe(1);
    expect(report.documents[0]!.segments[0]!.themes.map((t) => t.theme)).toContain('housing');
  },
  'survey-export-md': ({ stdout }) => {
    // One document per respondent row, and the breakdown by each respondent attribute under every question.
    expect(stdout).toContain('| Respondent 1005 (responses.csv#row=6, s1) | agree (explicit) |');
    expect(stdout).toContain('- By Region: London: 1 agree, 1 neutral, 1 disagree; North East: 2 agree\n');
  },
  'no-color-env': ({ stderr }) => expect(stderr).not.toContain('\x1b'),
  'no-color-beats-force-color': ({ stderr }) => expect(stderr).not.toContain('\x1b'),
  'no-color-flag-beats-force-color': ({ stderr }) => expect(stderr).not.toContain('\x1b'),
  // eslint-disable-next-line no-control-regex -- an ANSI colour sequence is what this case looks for
  'force-color-env': ({ stderr }) => expect(stderr).toMatch(/\x1b\[\d+m/),
  'hostile-text-md-escaped': ({ stdout }) => {
    // The hostile strings come through as text: no raw HTML, link, image or code span forms.
    expect(stdout).not.toContain('<');
    const kinds = new Set<string>();
    const visit = (node: { type: string; children?: unknown[] }): void => {
      kinds.add(node.type);
      for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
    };
    visit(unified().use(remarkParse).parse(stdout));
    for (const kind of ['html', 'link', 'image', 'inlineCode', 'linkReference', 'imageReference']) expect(kinds).not.toContain(kind);
    // Every table row has as many unescaped pipes as its header.
    for (const table of tables(stdout)) {
      const width = unescapedPipes(table[0]!);
      for (const row of table) expect(unescapedPipes(row), row).toBe(width);
    }
  },
};

/** Every file under `dir` with its bytes, to show that a run left the inputs alone. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = readFileSync(path).toString('base64');
  }
  return files;
}

/** Paths and timings that change from run to run become placeholders. */
function normalise(text: string, paths: { out: string; work: string }): string {
  const relativeOut = relative(paths.work, paths.out);
  return text
    .split(paths.out)
    .join('<OUT>')
    .split(relativeOut)
    .join('<OUT>')
    .split(paths.work)
    .join('<CASE>')
    .replace(/\bin \d+(?:\.\d+)? s\b/g, 'in <T> s');
}

function readExpected(dir: string, name: string): string {
  const file = join(dir, name);
  if (!existsSync(file)) {
    throw new Error(`${relative(process.cwd(), file)} is missing: write it, or run with UPDATE_FIXTURES=1 and review the result`);
  }
  return readFileSync(file, 'utf8');
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('golden CLI cases (fixtures/cli)', () => {
  it('has exactly the listed case folders', () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(CASES);
  });

  it.each(CASES)('%s', async (name) => {
    const dir = join(FIXTURES, name);
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'csc-tag-golden-')));
    temps.push(root);
    const work = join(root, 'case');
    const out = join(root, 'out');
    cpSync(dir, work, { recursive: true });
    for (const file of ['expected.stdout', 'expected.stderr', 'exit']) rmSync(join(work, file), { force: true });
    SETUP[name]?.(work);
    const before = snapshot(work);

    const argv = (JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as string[]).map((arg) => arg.split('<CASE>').join(work).split('<OUT>').join(out));
    const env = existsSync(join(dir, 'env.json')) ? (JSON.parse(readFileSync(join(dir, 'env.json'), 'utf8')) as Record<string, string>) : {};
    const stdin = existsSync(join(dir, 'stdin.txt')) ? new Uint8Array(readFileSync(join(dir, 'stdin.txt'))) : undefined;
    const fake = fakeIo({ cwd: work, env, stdin });

    const exit = await run(argv, fake.io);
    const actual = {
      exit,
      stdout: normalise(fake.stdout(), { out, work }),
      stderr: normalise(fake.stderr(), { out, work }),
    };

    if (UPDATE && !(name in HAND_WRITTEN)) {
      writeFileSync(join(dir, 'expected.stdout'), actual.stdout);
      writeFileSync(join(dir, 'expected.stderr'), actual.stderr);
      writeFileSync(join(dir, 'exit'), `${actual.exit}\n`);
    }
    const exitText = readExpected(dir, 'exit').trim();
    if (!/^\d+$/.test(exitText)) throw new Error(`${name}/exit must hold one exit code, not ${JSON.stringify(exitText)}`);
    const expected = {
      exit: Number(exitText),
      stdout: readExpected(dir, 'expected.stdout'),
      stderr: readExpected(dir, 'expected.stderr'),
    };
    expect(actual).toEqual(expected);

    // Reports go to the out folder only, and are published whole: no temporary files are left.
    const after = snapshot(work);
    for (const file of WRITES_INTO_CASE[name] ?? []) {
      expect(after, `${file} was not written into the case folder`).toHaveProperty([file]);
      delete after[file];
    }
    expect(after).toEqual(before);
    if (exit === 2) expect(existsSync(out), 'a fatal error must write nothing').toBe(false);
    if (existsSync(out)) for (const file of readdirSync(out)) expect(REPORT_FILES).toContain(file);
    EXTRA[name]?.({ ...actual, stdout: fake.stdout(), stderr: fake.stderr(), out, work });
  });
});
