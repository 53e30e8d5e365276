import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CscTagError } from '../model/errors.js';
import type { QuestionMember } from '../model/schema.js';

/** Members held in memory before they go to disk, in characters of JSON: the bound on what the spill holds. */
const PENDING_BYTES = 1 << 20;

/**
 * The members of every question group, as JSON lines in a temporary file. A
 * corpus of tens of thousands of responses has a member per answer; holding
 * them all would grow memory with the corpus. Members wait in memory per
 * group until a megabyte has gathered, then go to disk in one write, each
 * group's as one chunk, so a group is read back in a few long reads. The
 * file is unlinked as soon as it is open (where the platform allows), so
 * nothing is left behind whatever happens.
 */
export class MemberSpill {
  private fd: number | undefined;
  private leftover: string | undefined;
  private closed = false;
  private readonly pending = new Map<number, string[]>();
  private pendingBytes = 0;
  /** Per group, its chunks on disk as [offset, length] pairs. */
  private readonly chunks = new Map<number, number[]>();
  private written = 0;

  add(group: number, member: QuestionMember): void {
    const line = JSON.stringify(member) + '\n';
    let lines = this.pending.get(group);
    if (!lines) this.pending.set(group, (lines = []));
    lines.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= PENDING_BYTES) this.flush();
  }

  /** The members of `group`, in the order they were added. */
  read(group: number): QuestionMember[] {
    if (this.closed) throw new Error('question members read after the run closed them');
    this.flush();
    const members: QuestionMember[] = [];
    const chunks = this.chunks.get(group) ?? [];
    for (let i = 0; i < chunks.length; i += 2) {
      const buffer = Buffer.alloc(chunks[i + 1]!);
      let done = 0;
      while (done < buffer.length) done += fs.readSync(this.fd!, buffer, done, buffer.length - done, chunks[i]! + done);
      for (const line of buffer.toString('utf8').split('\n')) if (line !== '') members.push(JSON.parse(line) as QuestionMember);
    }
    return members;
  }

  /** Deletes the file; members cannot be read after. */
  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    if (this.leftover !== undefined) fs.rmSync(this.leftover, { recursive: true, force: true });
    this.fd = this.leftover = undefined;
    this.pending.clear();
    this.closed = true;
  }

  private flush(): void {
    if (this.pending.size === 0) return;
    const fd = this.open();
    const pieces: Buffer[] = [];
    let offset = this.written;
    for (const [group, lines] of this.pending) {
      const piece = Buffer.from(lines.join(''), 'utf8');
      pieces.push(piece);
      let list = this.chunks.get(group);
      if (!list) this.chunks.set(group, (list = []));
      list.push(offset, piece.length);
      offset += piece.length;
    }
    const buffer = Buffer.concat(pieces);
    let done = 0;
    while (done < buffer.length) done += fs.writeSync(fd, buffer, done, buffer.length - done, this.written + done);
    this.written += buffer.length;
    this.pending.clear();
    this.pendingBytes = 0;
  }

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    let dir: string;
    try {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csc-tag-members-'));
      this.fd = fs.openSync(path.join(dir, 'members.jsonl'), 'wx+', 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new CscTagError('temp-not-writable', `cannot write the per-question view's temporary file here (${code}); set TMPDIR to a writable folder`, os.tmpdir());
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
