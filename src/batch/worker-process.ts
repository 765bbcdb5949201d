import workerpool from "workerpool";
import convertDocument from "./worker.js";

/** The entry of a converter process: the batch runner's pool forks this file, once per job. */
workerpool.worker({ convertDocument });
