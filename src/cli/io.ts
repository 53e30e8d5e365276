/** What the CLI touches of the outside world, passed in so tests run it in-process. */
export interface Io {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  readStdin: () => Promise<Uint8Array>;
  /** Registers work to undo if the process is interrupted; returns a function that unregisters it. */
  onInterrupt?: (cleanup: () => void) => () => void;
}
