import { basename } from "node:path";
import type { Outcome } from "../batch/run.js";

/** "1m05s", "42s". */
function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/**
 * Progress of a batch on stderr: a line redrawn in place on a terminal (done/total, rate, ETA, the
 * file being read), nothing when stderr is a file or a pipe; and always a totals line at the end.
 */
export class Progress {
  private done = 0;
  private current = "";
  private readonly t0 = performance.now();
  private readonly counts = { ok: 0, partial: 0, failed: 0, skipped: 0 };
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly live: boolean,
  ) {}

  started(path: string): void {
    this.current = basename(path);
    this.draw();
  }

  /** "file (OCR page 3/12)": what the document being read is doing now. */
  progress(path: string, message: string): void {
    this.current = `${basename(path)} (${message})`;
    this.draw();
  }

  finished(o: Outcome): void {
    this.done++;
    if (!o.ok) this.counts.failed++;
    else if (o.skipped) this.counts.skipped++;
    else this.counts[o.summary.status]++;
    this.draw();
  }

  /** Clears the live line so a message can be printed; the next event redraws it. */
  clear(): void {
    if (this.drawn) process.stderr.write("\r\x1b[2K");
    this.drawn = false;
  }

  private draw(): void {
    if (!this.live) return;
    const elapsed = performance.now() - this.t0;
    const rate = this.done / Math.max(elapsed / 1000, 0.001);
    const eta = this.done ? duration(((this.total - this.done) / rate) * 1000) : "…";
    const width = process.stderr.columns ?? 100;
    const line = `[${this.done}/${this.total}] ${rate.toFixed(1)} doc/s, ETA ${eta}  ${this.current}`;
    process.stderr.write(`\r\x1b[2K${line.slice(0, width - 1)}`);
    this.drawn = true;
  }

  totals(): string {
    this.clear();
    const c = this.counts;
    return `vanban: ${this.done} document(s): ${c.ok} ok, ${c.partial} partial, ${c.failed} failed, ${c.skipped} skipped (done before) in ${duration(performance.now() - this.t0)}`;
  }
}
