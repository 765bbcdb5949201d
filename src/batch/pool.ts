import { availableParallelism } from "node:os";
import pLimit, { type LimitFunction } from "p-limit";
import workerpool from "workerpool";
import { type ConverterEntry, converterEntry } from "./converter-entry.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import type { DocumentResult, DocumentTask } from "./worker.js";

/**
 * Converter processes, one per job, so CPU-bound conversion uses every core and each document runs
 * guarded. An exception is a `failed` result from the worker itself; a process that runs past the
 * time limit is killed; one that outgrows its heap, or that V8 aborts (a library's runaway loop can
 * do that, and no try/catch or worker thread contains it), dies alone. The pool starts a fresh one
 * and the document is `failed` with the reason. Processes rather than piscina's worker threads for
 * that last case: an abort in a thread takes the whole run down (see the README's library choices).
 */
/**
 * How much of V8's own background work a converter keeps. With a core per job and none spare, none:
 * V8's parallel GC and concurrent compiler threads would take the other jobs' cores (200 text
 * inputs on 2 cores, 2 jobs: 13.4 and 11.3 s with `--single-threaded` against 15.0 and 14.1 s with
 * only the GC single-threaded). With cores to spare, the compiler threads may use them; GC threads
 * stay off (one job used 1.2 cores with them, 23 s of CPU against 19 s, at the same wall time).
 */
export function v8Threading(jobs: number, cores = availableParallelism()): string {
  return jobs >= cores ? "--single-threaded" : "--single-threaded-gc";
}

/**
 * A converter's environment: the run's, with glibc's malloc held to one arena. The PDF thread
 * mallocs in an arena of its own, which glibc keeps once the thread has ended; in one arena the
 * converter reuses those pages for the rest of the document (200-page PDF, converter peak RSS
 * 186–189 → 177 MB, same time). A value the user set is kept.
 */
function converterEnv(): NodeJS.ProcessEnv {
  return { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "1" };
}

/** Converter processes with these flags, forked from this entry, `jobs` of them. */
function startPool(jobs: number, entry: ConverterEntry): workerpool.Pool {
  return workerpool.pool(entry.script, {
    workerType: "process",
    maxWorkers: jobs,
    // Started now, not at the first task: a process boots (60 ms) and imports the converter while
    // the run reads its manifest and prepares its staging folder.
    minWorkers: jobs,
    emitStdStreams: true,
    forkOpts: { execArgv: entry.execArgv, env: converterEnv() },
  });
}

const converterFlags = (jobs: number, maxMemoryMb: number) => [
  `--max-old-space-size=${maxMemoryMb}`,
  v8Threading(jobs),
];

/** Converters started before the command line was parsed, and what they were started for. */
let early: { key: string; pool: workerpool.Pool } | null = null;
const poolKey = (jobs: number, entry: ConverterEntry) => JSON.stringify([jobs, entry]);

/**
 * Starts the converters a run will most likely ask for, before the CLI loads its commands: a
 * converter boots in about 100 ms, the commands take 40–60 ms to load, and the two overlap on two
 * cores. The run adopts them when it asks for the same processes; otherwise, or when no run
 * comes, they are ended (`endEarlyConverters`).
 */
export function startEarlyConverters(jobs: number, maxMemoryMb = DEFAULT_LIMITS.maxMemoryMb): void {
  const entry = converterEntry(converterFlags(jobs, maxMemoryMb));
  early = { key: poolKey(jobs, entry), pool: startPool(jobs, entry) };
}

/** Ends converters started early and not adopted by a run. */
export async function endEarlyConverters(): Promise<void> {
  const unused = early;
  early = null;
  await unused?.pool.terminate(true);
}

function adoptEarly(key: string): workerpool.Pool | null {
  const found = early;
  if (found?.key === key) {
    early = null;
    return found.pool;
  }
  void endEarlyConverters();
  return null;
}

export class DocumentPool {
  private readonly pool: workerpool.Pool;
  /** Whether its processes are the ones started before the command line was parsed. */
  readonly startedEarly: boolean;
  /**
   * Tasks go to the pool only when a process is free: a document's time starts when it does, and
   * workerpool (10.0.3) leaves queued tasks waiting forever after a process dies; a task handed over
   * to an empty pool starts a fresh process.
   */
  private readonly free: LimitFunction;

  constructor(
    jobs: number,
    private readonly limits: Pick<Limits, "timeoutMs" | "maxMemoryMb">,
    /** The process entry; another only in tests, to play a process V8 aborts. */
    script?: string,
  ) {
    const flags = converterFlags(jobs, limits.maxMemoryMb);
    const entry = script ? { script, execArgv: flags } : converterEntry(flags);
    this.free = pLimit(jobs);
    const early = script ? null : adoptEarly(poolKey(jobs, entry));
    this.startedEarly = early !== null;
    this.pool = early ?? startPool(jobs, entry);
  }

  /**
   * `progress` hears how far the document is ("OCR page 3/12"); `waiting` says whether documents the
   * pool has not been given yet will come (the runner is still deciding which need converting).
   */
  run(
    task: DocumentTask,
    progress?: (message: string) => void,
    waiting: () => boolean = () => false,
  ): Promise<DocumentResult> {
    // Decided when the task starts: a converter keeps its readers only while others wait for one.
    return this.free(() =>
      this.runNow({ ...task, keepReaders: this.free.pendingCount > 0 || waiting() }, progress),
    );
  }

  private async runNow(task: DocumentTask, progress?: (message: string) => void): Promise<DocumentResult> {
    const t0 = performance.now();
    // What the process printed: a dying V8 says why on stderr, and nothing else reaches the user.
    let stderr = "";
    try {
      return (await this.pool
        .exec("convertDocument", [task], {
          on: (event: { stderr?: string; progress?: string }) => {
            if (event.stderr) stderr = (stderr + event.stderr).slice(-4000);
            if (event.progress) progress?.(event.progress);
          },
        })
        .timeout(this.limits.timeoutMs)) as DocumentResult;
    } catch (e) {
      return {
        path: task.path,
        ok: false,
        reason: this.deathReason(e, stderr),
        ms: Math.round(performance.now() - t0),
      };
    }
  }

  private deathReason(e: unknown, stderr: string): string {
    const err = e as Error;
    if (err.name === "TimeoutError")
      return `took longer than the ${this.limits.timeoutMs / 1000} s limit (--timeout); stopped`;
    if (/heap limit|heap out of memory/i.test(stderr))
      return `needed more than the ${this.limits.maxMemoryMb} MB memory limit (--max-memory); stopped`;
    const fatal = /Fatal (?:JavaScript )?(?:error|[\w ]+error)[^\n]*/i.exec(stderr)?.[0];
    if (fatal) return `internal error: the converter process was aborted by V8 (${fatal.trim()})`;
    const how = /signalCode: `(\w+)`/.exec(err.message)?.[1];
    const code = /exitCode: `(\d+)`/.exec(err.message)?.[1];
    if (how && how !== "null") return `internal error: the converter process was killed (${how})`;
    if (code) return `internal error: the converter process exited (code ${code})`;
    return `internal error: ${String(err.message).split("\n")[0]}`;
  }

  /** Ends every process at once (SIGINT): running documents are abandoned, nothing of them is committed. */
  async destroy(): Promise<void> {
    await this.pool.terminate(true);
  }

  close(): Promise<void> {
    return this.pool.terminate().then(() => undefined);
  }
}
