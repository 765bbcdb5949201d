import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import { InputError } from "../input-error.js";
import type { PageThreadReply } from "./page-thread.js";
import type { readPages } from "./pages.js";

/**
 * The thread's entry. Run from the sources (the unit tests), the built file stands in for it: a
 * worker thread cannot load TypeScript, and `npm test` builds before it tests.
 */
function entry(): string {
  const here = fileURLToPath(new URL("./page-thread.js", import.meta.url));
  return import.meta.url.endsWith(".ts") ? here.replace(/\/src\//, "/dist/") : here;
}

/**
 * `readPages` in a worker thread of its own, so pdf.js never changes the process that runs the rest
 * of the conversion (and the next documents of a batch). The thread's memory goes when it ends.
 */
export function readPagesApart(bytes: Uint8Array, maxPages: number): ReturnType<typeof readPages> {
  return new Promise((resolve, reject) => {
    // The thread gets the heap limit of the process it serves (--max-memory), not Node's default.
    const limitMb = Math.round(getHeapStatistics().heap_size_limit / 1048576);
    const worker = new Worker(entry(), {
      workerData: { bytes, maxPages },
      resourceLimits: { maxOldGenerationSizeMb: limitMb },
    });
    let replied = false;
    worker.once("message", (reply: PageThreadReply) => {
      replied = true;
      if (reply.ok) resolve(reply.result);
      else reject(reply.input ? new InputError(reply.message) : new Error(reply.message));
      void worker.terminate();
    });
    worker.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new InputError(`needed more than the ${limitMb} MB memory limit (--max-memory) to read its pages`)
          : e,
      ),
    );
    worker.once("exit", (code) => {
      if (!replied) reject(new Error(`the PDF reading thread ended without an answer (exit code ${code})`));
    });
  });
}
