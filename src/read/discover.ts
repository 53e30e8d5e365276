import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isWithin } from '../text-utils.js';
import { readerForName } from './formats/index.js';
import { describeFsError } from './read-document.js';

export interface DiscoverOptions {
  /** Folder that relative paths and globs are resolved against, and that results are shown relative to. */
  cwd: string;
  /** Absolute folders never read, such as the --out folder, so a second run does not read the first run's reports. */
  exclude?: string[];
}

export interface Problem {
  file: string;
  code: string;
  reason: string;
}

export interface Discovered {
  /** Paths relative to cwd with `/` separators when inside it, absolute otherwise; unique and sorted. */
  files: string[];
  problems: Problem[];
  /** True when `-` was given: read standard input as one more document. */
  stdin: boolean;
  /** Files a folder search met whose extension no reader takes, shown like `files`: named in the report, never read. */
  ignored: string[];
}

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
const GLOB_MAGIC = /[*?[\]{}]/;
/** gitignore-syntax files that exclude paths from folder searches and globs, like .gitignore. */
export const IGNORE_FILE = '.csc-tagignore';

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

async function readIgnore(folder: string): Promise<IgnoreScope | undefined> {
  try {
    return { base: folder, rules: ignore().add(await readFile(join(folder, IGNORE_FILE), 'utf8')) };
  } catch {
    return undefined;
  }
}

function ignoredBy(scopes: readonly IgnoreScope[], path: string, isFolder: boolean): boolean {
  return scopes.some((scope) => {
    if (!isWithin(scope.base, path) || path === scope.base) return false;
    const rel = relative(scope.base, path).split(sep).join('/');
    return scope.rules.ignores(isFolder ? rel + '/' : rel);
  });
}

/**
 * Expands command-line paths into the files to read. A bad path becomes a
 * problem and the others are still found, so one typo does not stop a run.
 */
export async function discoverInputs(paths: string[], options: DiscoverOptions): Promise<Discovered> {
  const cwd = resolve(options.cwd);
  const excluded = (options.exclude ?? []).map((folder) => resolve(cwd, folder));
  const isExcluded = (path: string): boolean => excluded.some((folder) => isWithin(folder, path));
  const found = new Set<string>();
  const ignored = new Set<string>();
  const problems: Problem[] = [];
  let stdin = false;
  const rootIgnore = await readIgnore(cwd);
  const baseScopes = rootIgnore ? [rootIgnore] : [];

  for (const input of paths) {
    if (input === '-') {
      stdin = true;
      continue;
    }
    const path = resolve(cwd, input);
    const kind = await kindOf(path);
    if (kind.type === 'missing' && GLOB_MAGIC.test(input)) {
      // Links are not followed: tinyglobby cannot take linked files without also entering linked folders.
      // Loaded only when a glob is given: most runs name folders.
      const { glob } = await import('tinyglobby');
      const matches = await glob(input, {
        cwd,
        absolute: true,
        followSymbolicLinks: false,
        ignore: ['**/.git/**', '**/node_modules/**'],
      });
      const kept = matches.map((match) => resolve(match)).filter((match) => !isExcluded(match) && !ignoredBy(baseScopes, match, false));
      if (kept.length === 0) problems.push({ file: input, code: 'no-match', reason: 'glob matched no files' });
      for (const match of kept) found.add(match);
    } else if (kind.type === 'missing' || kind.type === 'error') {
      problems.push({ file: input, ...kind.problem });
    } else if (isExcluded(path)) {
      problems.push({ file: input, code: 'excluded', reason: 'inside an excluded folder, such as the --out folder' });
    } else if (kind.type === 'folder') {
      await walk(path, { found, ignored, problems, isExcluded, show: (file) => display(cwd, file), scopes: baseScopes });
    } else {
      found.add(path);
    }
  }

  return {
    // Plain code-unit order (the default sort), so output never depends on locale.
    files: [...found].map((file) => display(cwd, file)).sort(),
    problems: problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    stdin,
    ignored: [...ignored].filter((file) => !found.has(file)).map((file) => display(cwd, file)).sort(),
  };
}

type Kind =
  | { type: 'file' }
  | { type: 'folder' }
  | { type: 'missing'; problem: Omit<Problem, 'file'> }
  | { type: 'error'; problem: Omit<Problem, 'file'> };

/** Follows symlinks, as naming a path on the command line should. */
async function kindOf(path: string): Promise<Kind> {
  try {
    return (await stat(path)).isDirectory() ? { type: 'folder' } : { type: 'file' };
  } catch (error) {
    const problem = describeFsError(error);
    if (problem.code !== 'not-found') return { type: 'error', problem };
    // A link that exists but points nowhere gets its own reason; it is never a glob.
    const dangling = await lstat(path).then(
      () => true,
      () => false,
    );
    return dangling
      ? { type: 'error', problem: { code: 'not-found', reason: 'symlink points to a missing file' } }
      : { type: 'missing', problem };
  }
}

interface Walk {
  found: Set<string>;
  ignored: Set<string>;
  problems: Problem[];
  isExcluded: (path: string) => boolean;
  show: (path: string) => string;
  /** The ignore files in force: the working folder's and those of the folders walked so far. */
  scopes: readonly IgnoreScope[];
}

/** Symlinked folders are not entered, so a link back up the tree cannot loop forever. */
async function walk(folder: string, state: Walk): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    state.problems.push({ file: state.show(folder), ...describeFsError(error) });
    return;
  }
  const own = entries.some((e) => e.name === IGNORE_FILE) ? await readIgnore(folder) : undefined;
  const inner = own ? { ...state, scopes: [...state.scopes, own] } : state;
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (ignoredBy(inner.scopes, path, entry.isDirectory())) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !state.isExcluded(path)) await walk(path, inner);
    } else if (readerForName(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
      const kind: Kind = entry.isFile() ? { type: 'file' } : await kindOf(path);
      if (kind.type === 'file') state.found.add(path);
      else if (kind.type !== 'folder') state.problems.push({ file: state.show(path), ...kind.problem });
    } else if (entry.isFile() && entry.name !== IGNORE_FILE) {
      // Listed, so a folder of responses in formats csc-tag does not read is never passed over in silence.
      state.ignored.add(path);
    }
  }
}

function display(cwd: string, path: string): string {
  return isWithin(cwd, path) ? relative(cwd, path).split(sep).join('/') : path;
}
