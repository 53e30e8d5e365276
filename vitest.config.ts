import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Processes, not threads: several tests start worker threads and child processes of their own. One file
    // per core: on the 2-core CI machine two at a time took 78 s against 120 s for one at a time, and the
    // timeouts below keep a loaded machine from failing a test that is only slow.
    pool: 'forks',
    maxWorkers: Math.max(1, os.availableParallelism()),
    minWorkers: 1,
    // A timeout here catches a hang, never a slow machine: tests assert behaviour, not timings, and a
    // loaded 2-core machine can take seconds over a spawned `node bin/csc-tag.js`.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
