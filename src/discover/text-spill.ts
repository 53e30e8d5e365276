import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CscTagError } from '../model/errors.js';

/** Texts held in memory before they go to disk, in UTF-16 code units: the bound on what the spill holds. */
const PENDING_CHARS = 1 << 20;
/** Bytes read from disk at a time when texts are read back. */
const READ_AHEAD = 1 << 20;

/**
 * The answers discovery reads, in a temporary file: themes and campaigns are
 * found only when every document is done, and a corpus of a hundred thousand
 * answers would not stay flat in memory. Each text is one slice of the file,
 * read back by its place; the file is unlinked as soon as it is open, as the
 * question members' spill is (questions/spill.ts).
 */
export class TextSpill {
  private fd: number | undefined;
  private leftover: string | undefined;
  private pending: string[] = [];
  private pendingChars = 0;
  /** Bytes on disk, and bytes written or waiting: a text's place is known as it is added. */
  private written = 0;
  private size = 0;
  private closed = false;
  /** The last stretch read from disk, and where it starts: texts are mostly read back in the order they were added. */
  private window = Buffer.alloc(0);
  private windowAt = 0;

  /** Adds a text; returns its place, to read it back by. */
  add(text: string): [number, number] {
    const bytes = Buffer.byteLength(text, 'utf8');
    const place: [number, number] = [this.size, bytes];
    this.pending.push(text);
    this.pendingChars += text.length;
    this.size += bytes;
    if (this.pendingChars >= PENDING_CHARS) this.flush();
    return place;
  }

  read([offset, length]: readonly [number, number]): string {
    if (this.closed) throw new Error('discovery texts read after the run closed them');
    if (length === 0) return '';
    this.flush();
    if (offset < this.windowAt || offset + length > this.windowAt + this.window.length) {
      this.window = Buffer.alloc(Math.min(Math.max(length, READ_AHEAD), this.written - offset));
      this.windowAt = offset;
      let done = 0;
      while (done < this.window.length) done += fs.readSync(this.fd!, this.window, done, this.window.length - done, offset + done);
    }
    return this.window.toString('utf8', offset - this.windowAt, offset - this.windowAt + length);
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    if (this.leftover !== undefined) fs.rmSync(this.leftover, { recursive: true, force: true });
    this.fd = this.leftover = undefined;
    this.pending = [];
    this.window = Buffer.alloc(0);
    this.closed = true;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const fd = this.open();
    const buffer = Buffer.from(this.pending.join(''), 'utf8');
    let done = 0;
    while (done < buffer.length) done += fs.writeSync(fd, buffer, done, buffer.length - done, this.written + done);
    this.written += buffer.length;
    this.pending = [];
    this.pendingChars = 0;
  }

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    let dir: string;
    try {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-answers-'));
      this.fd = fs.openSync(path.join(dir, 'answers.txt'), 'wx+', 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new CscTagError('temp-not-writable', `cannot write theme discovery's temporary file here (${code}); set TMPDIR to a writable folder`, os.tmpdir());
    }
    try {
      fs.rmSync(dir, { recursive: true });
    } catch {
      // Windows keeps an open file: delete it on close, or at the latest when the process ends.
      this.leftover = dir;
      process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    }
    return this.fd;
  }
}
