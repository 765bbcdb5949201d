import workerpool from "workerpool";
import convertDocument, { type DocumentTask } from "./worker.js";

/**
 * The entry of a converter process: the batch runner's pool forks this file, once per job. How far
 * a document is (OCR pages) goes back to the runner's progress line as an event.
 */
workerpool.worker({
  convertDocument: (task: DocumentTask) =>
    convertDocument(task, (progress) => workerpool.workerEmit({ progress })),
});

// A run killed with SIGKILL cannot stop its converters: they notice the closed channel and end at
// once, so none writes into a staging folder the next run has already swept.
process.on("disconnect", () => process.exit(1));
