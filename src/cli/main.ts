import fs from 'node:fs';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { run } from './run.js';

const cleanups = new Set<() => void>();

/**
 * What bin/ does on SIGINT or SIGTERM before it exits: undo the run's
 * temporary files and locks, publishing nothing. Returns the exit code, 128 + the signal's number.
 */
export function interrupted(signal: 'SIGINT' | 'SIGTERM'): number {
  for (const cleanup of cleanups) cleanup();
  return signal === 'SIGINT' ? EXIT.SIGINT : EXIT.SIGTERM;
}

/** Runs the CLI on this process's arguments and streams; returns the exit code for bin/ to set. */
export async function main(): Promise<number> {
  const io: Io = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin: async () => new Uint8Array(fs.readFileSync(0)),
    onInterrupt: (cleanup) => {
      cleanups.add(cleanup);
      return () => cleanups.delete(cleanup);
    },
  };
  return run(process.argv.slice(2), io);
}
