import { acquireLock } from '../../publish/lock.js';
import type { OnInterrupt } from './observer.js';
import { prepareOutDir } from './out-folder.js';
import type { Built } from './write-run.js';

/**
 * Builds into the out folder, created if need be, holding its lock so that
 * two runs never publish into one folder at once.
 */
export async function publishRun(outDir: string, build: (dir: string) => Promise<Built>, onInterrupt?: OnInterrupt): Promise<Built> {
  prepareOutDir(outDir);
  const release = acquireLock(outDir);
  const unregister = onInterrupt?.(release);
  try {
    return await build(outDir);
  } finally {
    release();
    unregister?.();
  }
}
