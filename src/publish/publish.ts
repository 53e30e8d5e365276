import fs from 'node:fs';
import path from 'node:path';

/**
 * Reports are published whole or not at all: each is written to a temporary
 * file beside its final name, and only when every one is complete are they
 * flushed to disk and renamed into place. rename() replaces a symlink planted
 * at the final path rather than writing through it.
 */
/** Characters of a string encoded at once when it is written. */
const WRITE_SLICE = 1 << 20;

export class StagedFile {
  readonly temp: string;
  private fd: number | undefined;
  private bytes = 0;

  constructor(readonly final: string) {
    this.temp = path.join(path.dirname(final), `.${path.basename(final)}.${process.pid}.tmp`);
    // 'wx': never reuse or follow something already at the temporary path.
    this.fd = fs.openSync(this.temp, 'wx', 0o644);
  }

  write(text: string | Uint8Array): void {
    if (typeof text !== 'string') this.writeBytes(text);
    // A long string (a large document's piece) is encoded a slice at a time, so its UTF-8 is never held whole.
    else for (let at = 0; at < text.length;) at = this.writeSlice(text, at);
  }

  /** Encodes and writes text from `at`, up to WRITE_SLICE characters, never splitting a surrogate pair; returns where it stopped. */
  private writeSlice(text: string, at: number): number {
    let end = Math.min(text.length, at + WRITE_SLICE);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    this.writeBytes(Buffer.from(text.slice(at, end), 'utf8'));
    return end;
  }

  private writeBytes(buffer: Uint8Array): void {
    if (this.fd === undefined) throw new Error(`write after close: ${this.final}`);
    let done = 0;
    while (done < buffer.length) done += fs.writeSync(this.fd, buffer, done, buffer.length - done);
    this.bytes += buffer.length;
  }

  /** Copies another file's bytes onto the end, in chunks, so a large body is never held whole. */
  append(source: string): void {
    const chunk = Buffer.alloc(1 << 20);
    const fd = fs.openSync(source, 'r');
    try {
      for (let n = fs.readSync(fd, chunk); n > 0; n = fs.readSync(fd, chunk)) this.writeBytes(chunk.subarray(0, n));
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Flushes to disk and checks that the file holds every byte written. */
  seal(): void {
    if (this.fd === undefined) return;
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
    this.fd = undefined;
    const size = fs.statSync(this.temp).size;
    if (size !== this.bytes) throw new Error(`${this.final}: wrote ${this.bytes} bytes but the file holds ${size}`);
  }

  discard(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
    fs.rmSync(this.temp, { force: true });
  }
}

/** Renames every sealed file into place; until the first rename nothing is visible. */
export function publishAll(files: readonly StagedFile[]): void {
  try {
    for (const file of files) file.seal();
  } catch (error) {
    for (const file of files) file.discard();
    throw error;
  }
  for (const file of files) fs.renameSync(file.temp, file.final);
}

export function discardAll(files: readonly StagedFile[]): void {
  for (const file of files) file.discard();
}
