import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Processes, not threads: several tests start worker threads and child processes of their own, and
    // one core is left for those (on the 2-core CI machine the suite runs one file at a time).
    pool: 'forks',
    maxWorkers: Math.max(1, os.availableParallelism() - 1),
    minWorkers: 1,
    // A timeout here catches a hang, never a slow machine: tests assert behaviour, not timings, and a
    // loaded 2-core machine can take seconds over a spawned `node bin/csc-tag.js`.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
