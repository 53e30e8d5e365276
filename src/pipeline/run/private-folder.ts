import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CscTagError } from '../../model/errors.js';
import type { OnInterrupt } from './observer.js';

/** Runs `work` with a temporary folder of its own, removed after it (or on an interrupt): --stdout and --check write nowhere else. */
export async function inPrivateFolder<T>(work: (dir: string) => Promise<T>, onInterrupt?: OnInterrupt): Promise<T> {
  let dir: string;
  try {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new CscTagError('temp-not-writable', `cannot create a temporary folder here (${code}); set TMPDIR to a writable folder`, os.tmpdir());
  }
  const cleanup = (): void => fs.rmSync(dir, { recursive: true, force: true });
  const unregister = onInterrupt?.(cleanup);
  try {
    return await work(dir);
  } finally {
    cleanup();
    unregister?.();
  }
}
