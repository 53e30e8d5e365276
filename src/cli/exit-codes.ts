/**
 * Exit codes, documented once here and in the README's table.
 * Like textlint, ESLint and Vale: 1 for a run that finished with something to
 * look at, 2 for a run that could not do its job.
 */
export const EXIT = {
  /** The reports were written (or, with --check, are up to date); skipped inputs are listed in them and on stderr. */
  OK: 0,
  /** --strict (and the subcommands): some inputs were skipped or excluded. */
  SKIPPED: 1,
  /** A run that tagged no document (every input skipped): nothing was written, the previous reports stay. */
  NOTHING_TAGGED: 1,
  /** `eval`: a --min-f1 or --min-accuracy threshold was not met. */
  BELOW_THRESHOLD: 1,
  /** `--check`: a report in --out differs from a fresh one, or is missing. */
  STALE: 1,
  /** Usage or fatal error (unknown option, no input, out folder not writable): nothing was written. */
  FATAL: 2,
  /** Interrupted by SIGINT / SIGTERM (128 + signal number): nothing was published. */
  SIGINT: 130,
  SIGTERM: 143,
} as const;
