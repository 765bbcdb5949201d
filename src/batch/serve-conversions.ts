import type WorkerPool from "workerpool";
import convertDocument, { type DocumentTask } from "./worker.js";

/**
 * What a converter process answers: `convertDocument` for the batch runner's pool, with how far a
 * document is (OCR pages) sent back to the runner's progress line as an event.
 */
export function serveConversions(workerpool: typeof WorkerPool): void {
  workerpool.worker({
    convertDocument: (task: DocumentTask) =>
      convertDocument(task, (progress) => workerpool.workerEmit({ progress })),
  });
  // A run killed with SIGKILL cannot stop its converters: they notice the closed channel and end at
  // once, so none writes into a staging folder the next run has already swept.
  process.on("disconnect", () => process.exit(1));
}
