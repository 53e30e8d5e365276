import { TempFile } from '../questions/temp-file.js';

/** Texts held in memory before they go to disk, in UTF-16 code units: the bound on what the spill holds. */
const PENDING_CHARS = 1 << 20;
/** Bytes read from disk at a time when texts are read back. */
const READ_AHEAD = 1 << 20;

/**
 * The answers discovery reads, in a temporary file: themes and campaigns are
 * found only when every document is done, and a corpus of a hundred thousand
 * answers would not stay flat in memory. Each text is one slice of the file,
 * read back by its place (questions/temp-file.ts).
 */
export class TextSpill {
  private readonly file = new TempFile('csc-tag-answers-', 'answers.txt', 'theme discovery');
  private pending: string[] = [];
  private pendingChars = 0;
  /** Bytes written or waiting: a text's place is known as it is added. */
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
      this.window = Buffer.alloc(Math.min(Math.max(length, READ_AHEAD), this.file.size - offset));
      this.windowAt = offset;
      this.file.readInto(this.window, offset);
    }
    return this.window.toString('utf8', offset - this.windowAt, offset - this.windowAt + length);
  }

  close(): void {
    this.file.close();
    this.pending = [];
    this.window = Buffer.alloc(0);
    this.closed = true;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.file.append(Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
    this.pendingChars = 0;
  }
}
