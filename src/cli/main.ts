import fs from 'node:fs';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { run } from './run.js';

const cleanups = new Set<() => void>();

/** Interrupted runs undo their temporary files and exit 128 + signal, publishing nothing. */
function onSignal(signal: 'SIGINT' | 'SIGTERM'): void {
  for (const cleanup of cleanups) cleanup();
  process.exit(signal === 'SIGINT' ? EXIT.SIGINT : EXIT.SIGTERM);
}

/** Reading a closed pipe (`csc-tag ... | head -1`) ends quietly instead of with a stack trace. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.OK);
    throw error;
  });
}

export async function main(): Promise<number> {
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  quietOnClosedPipe(process.stdout);
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
