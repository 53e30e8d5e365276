import fs from 'node:fs';
import path from 'node:path';
import { CscTagError } from '../../model/errors.js';
import { REPORT_FILES } from '../../report/formats.js';
import { isWithin } from '../../text/utils.js';

/**
 * The out folder is never read as input: its reports are always excluded,
 * and the whole folder is when it sits inside an input folder. When the
 * inputs are inside it (`-o .`), only the report files are.
 */
export function excludedForOut(outDir: string, paths: readonly string[], cwd: string): string[] {
  const reports = REPORT_FILES.map((file) => path.join(outDir, file));
  const inputsInsideOut = paths.some((p) => p !== '-' && isWithin(outDir, path.resolve(cwd, p)));
  return inputsInsideOut ? reports : [outDir, ...reports];
}

/** Creates the out folder, or says plainly why it cannot be used, before any work is done. */
export function prepareOutDir(outDir: string): void {
  try {
    fs.mkdirSync(outDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, not a folder' : `cannot be created (${code ?? 'error'})`;
    throw new CscTagError('out-not-writable', `out folder ${what}`, outDir);
  }
  if (!fs.statSync(outDir).isDirectory()) throw new CscTagError('out-not-writable', 'out folder is a file, not a folder', outDir);
  try {
    fs.accessSync(outDir, fs.constants.W_OK);
  } catch {
    throw new CscTagError('out-not-writable', 'out folder is not writable', outDir);
  }
}
