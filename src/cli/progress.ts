import { formatSize } from '../read/input-names.js';

/** A run shorter than this shows no meter: it would only flicker. */
const QUIET_MS = 2000;
const REDRAW_MS = 200;

/**
 * A one-line progress meter for long runs: only on a terminal, only after
 * two seconds, redrawn at most a few times a second, and erased at the end,
 * so CI logs and redirected stderr never see it. It shows files and bytes
 * done and, from the bytes, the time left.
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
    /** The inputs' size on disk, for the bytes and the time left; 0 when unknown. */
    private readonly totalBytes = 0,
  ) {
    this.started = now();
  }

  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.started < QUIET_MS || now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.stream.write(`\r\x1b[2Kcsc-tag: ${this.line((now - this.started) / 1000)}`);
    this.drawn = true;
  }

  private line(seconds: number): string {
    const files = `${this.done}/${this.total} files`;
    if (this.totalBytes <= 0) return `${files}, ${(this.bytes / 1e6 / seconds).toFixed(1)} MB/s`;
    const done = Math.min(this.bytes, this.totalBytes);
    const left = done > 0 ? Math.max(0, Math.round((seconds * (this.totalBytes - done)) / done)) : undefined;
    return `${files}, ${formatSize(done)} of ${formatSize(this.totalBytes)}${left === undefined ? '' : `, about ${formatDuration(left)} left`}`;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
