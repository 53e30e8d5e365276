import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CscTagError } from '../model/errors.js';

/**
 * A private temporary file that is appended to and read back by offset: what the per-question view and theme
 * discovery keep on disk so that memory stays flat. It is made on the first write, in a folder of its own
 * readable only by its owner, and unlinked as soon as it is open (where the platform allows), so nothing is
 * left behind whatever happens; `what` names its user in the one-line error when TMPDIR cannot be written.
 */
export class TempFile {
  private fd: number | undefined;
  private leftover: string | undefined;
  /** Bytes written so far: where the next append lands. */
  size = 0;

  constructor(
    private readonly prefix: string,
    private readonly name: string,
    private readonly what: string,
  ) {}

  /** Writes `buffer` at the end of the file. */
  append(buffer: Buffer): void {
    const fd = this.open();
    let done = 0;
    while (done < buffer.length) done += fs.writeSync(fd, buffer, done, buffer.length - done, this.size + done);
    this.size += buffer.length;
  }

  /** Fills `buffer` from the file, starting at `position`. */
  readInto(buffer: Buffer, position: number): void {
    let done = 0;
    while (done < buffer.length) done += fs.readSync(this.fd!, buffer, done, buffer.length - done, position + done);
  }

  /** Closes and deletes the file. */
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    if (this.leftover !== undefined) fs.rmSync(this.leftover, { recursive: true, force: true });
    this.fd = this.leftover = undefined;
  }

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    let dir: string;
    try {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), this.prefix));
      this.fd = fs.openSync(path.join(dir, this.name), 'wx+', 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new CscTagError('temp-not-writable', `cannot write ${this.what}'s temporary file here (${code}); set TMPDIR to a writable folder`, os.tmpdir());
    }
    try {
      // Gone from the folder at once; the open descriptor keeps the data until it is closed.
      fs.rmSync(dir, { recursive: true });
    } catch {
      // Windows keeps an open file: delete it on close, or at the latest when the process ends.
      this.leftover = dir;
      process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    }
    return this.fd;
  }
}
