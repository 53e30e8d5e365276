import type { SkipCode } from '../model/errors.js';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { byCodeUnit, isWithin } from '../text/utils.js';
import { readerForName } from './formats/index.js';
import { describeFsError } from './input-names.js';

export interface DiscoverOptions {
  /** Folder that relative paths and globs are resolved against, and that results are shown relative to. */
  cwd: string;
  /** Absolute folders never read, such as the --out folder, so a second run does not read the first run's reports. */
  exclude?: string[];
}

export interface Problem {
  file: string;
  code: SkipCode;
  reason: string;
}

export interface Discovered {
  /**
   * The names reports show, unique and sorted, with `/` separators: relative to
   * cwd for files inside it; for files outside it, relative to the nearest
   * folder that holds every input given outside it (see `sources`).
   */
  files: string[];
  /** Where each file whose name is not relative to cwd is: name to absolute path. */
  sources?: Record<string, string>;
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
  // A problem's `file` is absolute here when the input named a path outside cwd; shown at the end.
  const problems: Problem[] = [];
  // The folders holding the inputs given outside cwd: names there are relative to the nearest one holding them all.
  const outside: string[] = [];
  let stdin = false;
  const rootIgnore = await readIgnore(cwd);
  const baseScopes = rootIgnore ? [rootIgnore] : [];

  for (const input of paths) {
    if (input === '-') {
      stdin = true;
      continue;
    }
    const path = resolve(cwd, input);
    if (!isWithin(cwd, path)) outside.push(dirname(path));
    const given = isWithin(cwd, path) && !isAbsolute(input) ? input : path;
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
      if (!isWithin(cwd, path)) outside.push(...kept.map((match) => dirname(match)));
      if (kept.length === 0) problems.push({ file: given, code: 'no-match', reason: 'glob matched no files' });
      for (const match of kept) found.add(match);
    } else if (kind.type === 'missing' || kind.type === 'error') {
      problems.push({ file: given, ...kind.problem });
    } else if (isExcluded(path)) {
      problems.push({ file: given, code: 'excluded', reason: 'inside an excluded folder, such as the --out folder' });
    } else if (kind.type === 'folder') {
      await walk(path, { found, ignored, problems, scopes: baseScopes, isExcluded });
    } else {
      found.add(path);
    }
  }

  const show = namer(cwd, outside, [...found]);
  const sources: Record<string, string> = {};
  const files = [...found].map((file) => {
    const name = show(file);
    if (resolve(cwd, name) !== file) sources[name] = file;
    return name;
  });
  return {
    // Plain code-unit order (the default sort), so output never depends on locale.
    files: files.sort(byCodeUnit),
    ...(Object.keys(sources).length > 0 ? { sources } : {}),
    problems: problems.map((p) => (isAbsolute(p.file) ? { ...p, file: show(p.file) } : p)).sort((a, b) => byCodeUnit(a.file, b.file)),
    stdin,
    ignored: [...ignored]
      .filter((file) => !found.has(file))
      .map(show)
      .sort(byCodeUnit),
  };
}

/**
 * How files are named in reports, the same on every machine and in every
 * clone: relative to cwd with `/` separators; outside cwd, relative to the
 * nearest folder that holds every input given outside it, as if csc-tag had
 * been run there, so no report publishes where the user keeps their files. A
 * name that would then equal one inside cwd stays relative to cwd (`../`).
 */
function namer(cwd: string, outside: readonly string[], files: readonly string[]): (path: string) => string {
  const slashes = (rel: string): string => rel.split(sep).join('/');
  const base = outside.length > 0 ? outside.reduce(commonFolder) : undefined;
  const inside = new Set(files.filter((file) => isWithin(cwd, file)).map((file) => slashes(relative(cwd, file))));
  return (path) => {
    if (isWithin(cwd, path) || base === undefined || !isWithin(base, path)) return slashes(relative(cwd, path));
    const name = slashes(relative(base, path));
    return inside.has(name) ? slashes(relative(cwd, path)) : name;
  };
}

function commonFolder(a: string, b: string): string {
  let folder = a;
  while (!isWithin(folder, b)) folder = dirname(folder);
  return folder;
}

type Kind = { type: 'file' } | { type: 'folder' } | { type: 'missing'; problem: Omit<Problem, 'file'> } | { type: 'error'; problem: Omit<Problem, 'file'> };

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
    return dangling ? { type: 'error', problem: { code: 'not-found', reason: 'symlink points to a missing file' } } : { type: 'missing', problem };
  }
}

interface Walk {
  found: Set<string>;
  /** Files of no known format, by absolute path, shown relative at the end. */
  ignored: Set<string>;
  /** Problems found on the way name their file by its absolute path, shown relative at the end. */
  problems: Problem[];
  isExcluded: (path: string) => boolean;
  /** The ignore files in force: the working folder's and those of the folders walked so far. */
  scopes: readonly IgnoreScope[];
}

/** Symlinked folders are not entered, so a link back up the tree cannot loop forever. */
async function walk(folder: string, state: Walk): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    state.problems.push({ file: folder, ...describeFsError(error) });
    return;
  }
  const own = entries.some((e) => e.name === IGNORE_FILE) ? await readIgnore(folder) : undefined;
  const inner = own ? { ...state, scopes: [...state.scopes, own] } : state;
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (ignoredBy(inner.scopes, path, entry.isDirectory())) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !state.isExcluded(path)) await walk(path, inner);
    } else if (state.isExcluded(path)) {
      // An excluded file (the --questions list, a report in the out folder) is passed over.
      continue;
    } else if (readerForName(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
      const kind: Kind = entry.isFile() ? { type: 'file' } : await kindOf(path);
      if (kind.type === 'file') state.found.add(path);
      else if (kind.type !== 'folder') state.problems.push({ file: path, ...kind.problem });
    } else if (entry.isFile() && entry.name !== IGNORE_FILE) {
      // Listed, so a folder of responses in formats csc-tag does not read is never passed over in silence.
      state.ignored.add(path);
    }
  }
}
