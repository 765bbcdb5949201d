import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import { createRequire } from "node:module";
import type { Worker } from "node:worker_threads";
import { InputError } from "../input-error.js";
import type { PageThreadReply } from "./page-thread.js";
import { layoutPage, type Page, type PdfNote } from "./page-layout.js";

type Pages = { pages: Page[]; damaged: PdfNote[] };

/**
 * The thread's entry. Run from the sources (the unit tests), the built file stands in for it: a
 * worker thread cannot load TypeScript, and `npm test` builds before it tests.
 */
function entry(): string {
  const here = fileURLToPath(new URL("./page-thread.js", import.meta.url));
  return import.meta.url.endsWith(".ts") ? here.replace(/\/src\//, "/dist/") : here;
}

/**
 * The thread gets the heap limit of the process it serves (--max-memory), not Node's default. Read
 * when asked, not at load: a converter started from a snapshot was loaded in the process that built it.
 */
const limitMb = () => Math.round(getHeapStatistics().heap_size_limit / 1048576);

/**
 * `node:worker_threads` is loaded when the first thread starts, not with this module: a converter
 * started from a V8 snapshot (batch/converter-entry.ts) must not have had it loaded while the
 * snapshot was built, or its threads start without the state Node shares with them and fail.
 */
const threads = () =>
  createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");

let thread: Worker | null = null;
/** Whether the thread is kept for the next PDF, or let go as soon as it has answered. */
let keep = true;

/**
 * Whether to keep the PDF thread once a document is read. Kept, the next PDF skips loading pdf.js
 * and compiling it again (a second 200-page PDF: 1.7 s kept, 2.4 s on a fresh thread); let go, the
 * thread's heap returns to the system while the rest of the conversion runs, which is the peak of a
 * long document (the 200-page bench PDF, one-document CLI run: 259–263 MB kept, 191–192 MB let go).
 * A converter keeps it while other documents wait for one; a library caller keeps it by default.
 */
export function keepPdfThread(yes: boolean): void {
  keep = yes;
}
/** One PDF at a time: the next waits for the one before. */
let queue: Promise<unknown> = Promise.resolve();

function ask(bytes: Uint8Array, maxPages: number): Promise<Pages> {
  const worker = (thread ??= new (threads().Worker)(entry(), {
    resourceLimits: { maxOldGenerationSizeMb: limitMb() },
    // Not the process's flags: `--input-type` (a program run with -e) would refuse the thread's file.
    execArgv: [],
  }));
  // Held only while it works: an idle thread never keeps the process alive.
  worker.ref();
  return new Promise<Pages>((resolve, reject) => {
    const pages: Page[] = [];
    // A page this thread cannot lay out ends the document, once the page thread has done with it.
    let failure: unknown = null;
    const done = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      worker.unref();
    };
    const onMessage = (reply: PageThreadReply) => {
      if (reply.kind === "page") {
        // Laid out as it comes, while the page thread reads the next.
        if (failure === null)
          try {
            pages.push(layoutPage(reply.page, pages.at(-1)?.twoColumnsOpen ?? null));
          } catch (e) {
            failure = e;
          }
        return;
      }
      done();
      if (!keep) {
        thread = null;
        void worker.terminate();
      }
      if (reply.kind === "failed")
        reject(reply.input ? new InputError(reply.message) : new Error(reply.message));
      else if (failure !== null) reject(failure as Error);
      else resolve({ pages, damaged: reply.damaged });
    };
    const onError = (e: NodeJS.ErrnoException) => {
      done();
      thread = null;
      reject(
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new InputError(
              `needed more than the ${limitMb()} MB memory limit (--max-memory) to read its pages`,
            )
          : e,
      );
    };
    const onExit = (code: number) => {
      done();
      thread = null;
      reject(new Error(`the PDF reading thread ended without an answer (exit code ${code})`));
    };
    worker.on("message", onMessage);
    worker.once("error", onError);
    worker.once("exit", onExit);
    worker.postMessage({ bytes, maxPages });
  });
}

/**
 * `readPages` in a worker thread of its own, so pdf.js never changes the thread that runs the rest of
 * the conversion (and the next documents of a batch); each page laid out here as it arrives. The
 * thread is started on the first PDF and kept for the next; one that dies (out of memory) is
 * replaced by the next PDF.
 */
export function readPagesApart(bytes: Uint8Array, maxPages: number): Promise<Pages> {
  const result = queue.then(() => ask(bytes, maxPages));
  queue = result.catch(() => undefined);
  return result;
}
