import pLimit, { type LimitFunction } from "p-limit";
import { Piscina } from "piscina";
import type { Limits } from "./limits.js";
import type { DocumentResult, DocumentTask } from "./worker.js";

/**
 * Worker threads that convert documents, one per job, so CPU-bound conversion uses every core and
 * each document runs guarded: an exception is a `failed` result from the worker itself; a thread
 * that runs out of its heap or past the time limit is ended by the pool, which starts a fresh one,
 * and the document is `failed` with that reason. Piscina rather than tinypool: its per-task
 * AbortSignal ends the one thread that is stuck, and it replaces a thread that died, unasked.
 */
export class DocumentPool {
  private readonly pool: Piscina<DocumentTask, DocumentResult>;
  /** Tasks are handed over only when a thread is free, so a document's time starts when it does. */
  private readonly free: LimitFunction;

  constructor(
    jobs: number,
    private readonly limits: Pick<Limits, "timeoutMs" | "maxMemoryMb">,
  ) {
    this.free = pLimit(jobs);
    this.pool = new Piscina({
      filename: new URL("./worker.js", import.meta.url).href,
      minThreads: jobs,
      maxThreads: jobs,
      idleTimeout: 1000,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
    });
    // A thread that dies outside any task (a replacement hitting the heap limit at once) is not a
    // document's failure; the task that caused it has already been answered.
    this.pool.on("error", () => {});
  }

  run(task: DocumentTask): Promise<DocumentResult> {
    return this.free(() => this.runNow(task));
  }

  private async runNow(task: DocumentTask): Promise<DocumentResult> {
    const t0 = performance.now();
    const ms = () => Math.round(performance.now() - t0);
    const timeout = AbortSignal.timeout(this.limits.timeoutMs);
    try {
      return await this.pool.run(task, { signal: timeout });
    } catch (e) {
      return { path: task.path, ok: false, reason: this.deathReason(e, timeout.aborted), ms: ms() };
    }
  }

  private deathReason(e: unknown, timedOut: boolean): string {
    const err = e as NodeJS.ErrnoException;
    if (timedOut) return `took longer than the ${this.limits.timeoutMs / 1000} s limit (--timeout); stopped`;
    if (err.code === "ERR_WORKER_OUT_OF_MEMORY")
      return `needed more than the ${this.limits.maxMemoryMb} MB memory limit (--max-memory); stopped`;
    return `internal error: the worker converting it ended (${String(err.message).split("\n")[0]})`;
  }

  /** Ends every thread at once (SIGINT): running documents are abandoned, nothing of them is committed. */
  destroy(): Promise<void> {
    return this.pool.destroy();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
