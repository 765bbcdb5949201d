import type { z } from "zod";
import type { Reporter } from "./reporter.js";

/** What every stage receives besides its input: where to report, and when to stop. */
export interface StageContext {
  report: Reporter;
  signal?: AbortSignal;
}

/**
 * A stage is a pure function with an id, a version and an options schema. Stages do no I/O, read no
 * clock and no environment; the CLI and the runner do I/O at the edges.
 */
export interface Stage<In, Out, Options> {
  id: string;
  version: string;
  options: z.ZodType<Options>;
  run(input: In, options: Options, context: StageContext): Out;
}
