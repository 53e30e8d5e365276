/**
 * A one-line progress meter for long runs: only on a terminal, only after the
 * first second, redrawn at most a few times a second, and erased at the end,
 * so CI logs and redirected stderr never see it.
 */
export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;
  private bytes = 0;
  private done = 0;

  constructor(
    private readonly stream: { write(chunk: string): unknown },
    private readonly total: number,
    private readonly enabled: boolean,
    /** Milliseconds; a parameter so tests can move time on. */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.started < 1000 || now - this.lastDraw < 200) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = this.bytes / 1e6 / seconds;
    this.stream.write(`\r\x1b[2Kcsc-tag: ${this.done}/${this.total} files, ${rate.toFixed(1)} MB/s`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
