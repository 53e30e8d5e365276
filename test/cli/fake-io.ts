import type { Io } from '../../src/cli/io.js';

export interface FakeIoOptions {
  cwd: string;
  /** The whole environment the CLI sees: nothing leaks in from process.env. */
  env?: Record<string, string>;
  /** What `-` reads; without it, reading stdin is a test error. */
  stdin?: Uint8Array;
}

export interface FakeIo {
  io: Io;
  /** Everything written to stdout, bytes joined then decoded once, so a split character survives. */
  stdout(): string;
  stderr(): string;
}

/** An Io for running the CLI in-process: stdout and stderr are collected, stderr is not a terminal. */
export function fakeIo(options: FakeIoOptions): FakeIo {
  const out: Buffer[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: {
      write(chunk: string | Uint8Array): boolean {
        out.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
        return true;
      },
    },
    stderr: {
      isTTY: false,
      write(chunk: string): boolean {
        err.push(chunk);
        return true;
      },
    },
    env: { ...options.env },
    cwd: options.cwd,
    readStdin: async () => {
      if (options.stdin === undefined) throw new Error('test: the CLI read stdin, but this case gives none');
      return options.stdin;
    },
  };
  return { io, stdout: () => Buffer.concat(out).toString('utf8'), stderr: () => err.join('') };
}
