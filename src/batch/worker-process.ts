import workerpool from "workerpool";
import { serveConversions } from "./serve-conversions.js";

/**
 * The entry of a converter process started from the ES bundle: the batch runner's pool forks this
 * file, once per job (or the snapshot's entry, `converter-snapshot.ts`, which serves the same way).
 */
serveConversions(workerpool);
