/** What the CLI touches of the outside world, passed in so tests run it in-process. */
export interface Io {
  /** isTTY: binary reports (xlsx, qdpx) are not printed to a terminal. */
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  readStdin: () => Promise<Uint8Array>;
  /** --debug: internal errors' stack traces are printed (set by run() from the arguments). */
  debug?: boolean;
  /** Registers work to undo if the process is interrupted; returns a function that unregisters it. */
  onInterrupt?: (cleanup: () => void) => () => void;
}
