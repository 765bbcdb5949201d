import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Queue, UnrecoverableError, Worker, type ConnectionOptions, type Job } from "bullmq";
import type { Limits } from "../batch/limits.js";
import { readLimitsOf } from "../batch/limits.js";
import { readInput } from "../batch/inputs.js";
import { writeFiles } from "../batch/output.js";
import { DocumentPool } from "../batch/pool.js";
import type { OutputFormat } from "../batch/formats.js";
import { renderOutputs } from "../batch/render.js";
import { slugFor, uniqueSlug } from "../batch/slug.js";
import type { DocumentTask } from "../batch/worker.js";
import { LegalDocument } from "../model/document.js";
import { formatOf, READERS } from "../stages/read/index.js";

/**
 * Documents through a Redis-backed queue (BullMQ), for many machines: `enqueue` puts each document's
 * bytes on the queue (workers elsewhere need no shared disk), `worker` converts them in its converter
 * processes and keeps the rendered files as the job's result, `collect` writes the results into a
 * folder and lists the dead letters (jobs that failed for good) with their reasons.
 */
export interface QueueJob {
  /** The path as given to enqueue: recorded in the document, as a local run would. */
  path: string;
  /** The document's bytes, base64. */
  bytes: string;
  formats: OutputFormat[];
}

export interface QueueResult {
  path: string;
  status: string;
  number: string | null;
  /** Rendered files: name and base64 content. */
  files: [string, string][];
}

/** A redis://[:password@]host[:port][/db] address as BullMQ's connection. */
export function connectionOf(url: string): ConnectionOptions {
  const u = new URL(url);
  if (u.protocol !== "redis:") throw new Error(`${url}: not a redis:// address`);
  return {
    host: u.hostname || "127.0.0.1",
    port: Number(u.port || 6379),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.pathname.length > 1 ? { db: Number(u.pathname.slice(1)) } : {}),
    // BullMQ's workers block on Redis: they must wait for it, not give up after a few retries.
    maxRetriesPerRequest: null,
  };
}

/** A job's id: the content and the outputs asked for, so the same document is queued once. */
function jobId(bytes: Uint8Array, formats: readonly OutputFormat[]): string {
  return createHash("sha256")
    .update(bytes)
    .update(`\0${[...formats].sort().join(",")}`)
    .digest("hex");
}

/** Puts documents on the queue; one already there (same bytes, same outputs) is not added again. */
export async function enqueue(
  paths: string[],
  o: { connection: ConnectionOptions; queue: string; formats: OutputFormat[]; maxInputBytes: number },
): Promise<{ added: number; already: number; refused: { path: string; reason: string }[] }> {
  const queue = new Queue<QueueJob, QueueResult>(o.queue, { connection: o.connection });
  let added = 0;
  let already = 0;
  const refused: { path: string; reason: string }[] = [];
  try {
    for (const path of paths) {
      let bytes: Uint8Array;
      try {
        ({ bytes } = await readInput(path, o.maxInputBytes));
      } catch (e) {
        refused.push({ path, reason: (e as Error).message });
        continue;
      }
      const id = jobId(bytes, o.formats);
      if (await queue.getJob(id)) {
        already++;
        continue;
      }
      await queue.add(
        basename(path),
        { path, bytes: Buffer.from(bytes).toString("base64"), formats: o.formats },
        {
          jobId: id,
          // Retried with backoff when a worker dies or Redis hiccups; a document that is refused
          // fails at once (UnrecoverableError) and stays in the failed set with its reason.
          attempts: 3,
          backoff: { type: "exponential", delay: 1000 },
          removeOnComplete: false,
          removeOnFail: false,
        },
      );
      added++;
    }
  } finally {
    await queue.close();
  }
  return { added, already, refused };
}

/**
 * Converts the queue's documents until SIGINT or SIGTERM. A job whose worker died (killed, or its
 * machine lost) is taken over by another worker once its lock runs out (`lockMs`).
 */
export async function runWorker(o: {
  connection: ConnectionOptions;
  queue: string;
  jobs: number;
  limits: Limits;
  lockMs: number;
  log: (line: string) => void;
}): Promise<void> {
  const pool = new DocumentPool(o.jobs, o.limits);
  const worker = new Worker<QueueJob, QueueResult>(
    o.queue,
    async (job: Job<QueueJob, QueueResult>) => {
      const { path, formats } = job.data;
      const dir = await mkdtemp(join(tmpdir(), "vanban-queue-"));
      try {
        const file = join(dir, `input${READERS[formatOf(path)].extensions[0]}`);
        await writeFile(file, Buffer.from(job.data.bytes, "base64"));
        const task: DocumentTask = {
          path: file,
          displayPath: path,
          formats: [],
          csvRaw: false,
          ocr: "auto",
          limits: readLimitsOf(o.limits),
          maxInputBytes: o.limits.maxInputBytes,
          staging: null,
          keepDocument: true,
        };
        const r = await pool.run(task);
        if (!r.ok) {
          // A document that cannot be read fails the same way on every try: no retry.
          if (!/^internal error/.test(r.reason)) throw new UnrecoverableError(r.reason);
          throw new Error(r.reason);
        }
        const doc = LegalDocument.parse(JSON.parse(r.document!));
        const files = await renderOutputs(doc, formats, false);
        return {
          path,
          status: doc.status,
          number: doc.metadata.documentNumber,
          files: files.map(([name, content]) => [name, Buffer.from(content).toString("base64")]),
        };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    { connection: o.connection, concurrency: o.jobs, lockDuration: o.lockMs, stalledInterval: o.lockMs },
  );
  // Logged once Redis holds the outcome: a worker killed before that logs nothing for the job.
  worker.on("active", (job) => o.log(`${job.data.path}: started`));
  worker.on("completed", (job, r) => o.log(`${job.data.path}: ${r.status}`));
  worker.on("failed", (job, e) => o.log(`${job?.data.path ?? "?"}: error ${e.message}`));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await worker.close();
  await pool.close();
}

/**
 * Writes every completed job's files into `outDir/<slug>/` (slugs given in path order, as a local
 * run gives them) and returns the dead letters: jobs that failed for good, with their reasons.
 */
export async function collect(o: {
  connection: ConnectionOptions;
  queue: string;
  outDir: string;
}): Promise<{ written: number; waiting: number; failed: { path: string; reason: string }[] }> {
  const queue = new Queue<QueueJob, QueueResult>(o.queue, { connection: o.connection });
  try {
    const done = (await queue.getJobs(["completed"])).filter((j) => j.returnvalue);
    done.sort((a, b) => (a.data.path < b.data.path ? -1 : a.data.path > b.data.path ? 1 : 0));
    const taken = new Set<string>();
    for (const job of done) {
      const r = job.returnvalue;
      const slug = uniqueSlug(slugFor(r.path, r.number), (s) => taken.has(s));
      taken.add(slug);
      await writeFiles(
        join(o.outDir, slug),
        r.files.map(([name, b64]) => [name, new Uint8Array(Buffer.from(b64, "base64"))]),
      );
    }
    const failed = (await queue.getJobs(["failed"])).map((j) => ({
      path: j.data.path,
      reason: j.failedReason ?? "failed",
    }));
    const waiting = await queue.getJobCountByTypes("waiting", "active", "delayed", "prioritized");
    return { written: done.length, waiting, failed };
  } finally {
    await queue.close();
  }
}
