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
