import type { QuestionMember } from '../model/schema.js';
import { TempFile } from './temp-file.js';

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
  private readonly file = new TempFile('csc-tag-members-', 'members.jsonl', 'the per-question view');
  private closed = false;
  private readonly pending = new Map<number, string[]>();
  private pendingBytes = 0;
  /** Per group, its chunks on disk as [offset, length] pairs. */
  private readonly onDisk = new Map<number, number[]>();

  add(group: number, member: QuestionMember): void {
    const line = JSON.stringify(member) + '\n';
    let lines = this.pending.get(group);
    if (!lines) this.pending.set(group, (lines = []));
    lines.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= PENDING_BYTES) this.flush();
  }

  /**
   * The members of `group` in the order they were added, a chunk at a time
   * (each at most about a megabyte of JSON, as it was written), so a group of
   * a hundred thousand respondents can be written out in flat memory.
   */
  *chunks(group: number): Generator<QuestionMember[]> {
    if (this.closed) throw new Error('question members read after the run closed them');
    this.flush();
    const chunks = this.onDisk.get(group) ?? [];
    for (let i = 0; i < chunks.length; i += 2) {
      const buffer = Buffer.alloc(chunks[i + 1]!);
      this.file.readInto(buffer, chunks[i]!);
      const members: QuestionMember[] = [];
      for (const line of buffer.toString('utf8').split('\n')) if (line !== '') members.push(JSON.parse(line) as QuestionMember);
      yield members;
    }
  }

  /** Deletes the file; members cannot be read after. */
  close(): void {
    this.file.close();
    this.pending.clear();
    this.closed = true;
  }

  private flush(): void {
    if (this.pending.size === 0) return;
    const pieces: Buffer[] = [];
    let offset = this.file.size;
    for (const [group, lines] of this.pending) {
      const piece = Buffer.from(lines.join(''), 'utf8');
      pieces.push(piece);
      let list = this.onDisk.get(group);
      if (!list) this.onDisk.set(group, (list = []));
      list.push(offset, piece.length);
      offset += piece.length;
    }
    this.file.append(Buffer.concat(pieces));
    this.pending.clear();
    this.pendingBytes = 0;
  }
}
