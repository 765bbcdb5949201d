import type { z } from "zod";
import type { Reporter } from "./reporter.js";

/** What every stage receives besides its input: where to report, and when to stop. */
export interface StageContext {
  report: Reporter;
  signal?: AbortSignal;
  /** Where a long stage says how far it is ("OCR page 3/12"); for progress lines, never for output. */
  progress?: (message: string) => void;
}

/**
 * A stage is a pure function with an id, a version and an options schema. Stages do no I/O, read no
 * clock and no environment; the CLI and the runner do I/O at the edges.
 */
export interface Stage<In, Out, Options> {
  id: StageId;
  /** Semantic version of what the stage produces: a batch rerun redoes a document when one changes. */
  version: string;
  /** Validates the options a pipeline definition gives the stage; defaults fill what it leaves out. */
  options: z.ZodType<Options, unknown>;
  /** Only the read stage is asynchronous (readers may spawn OCR or load pdf.js). */
  run(input: In, options: Options, context: StageContext): Out | Promise<Out>;
}

/** The per-document stages, in the order their inputs allow. */
export const STAGE_IDS = ["read", "structure", "tables", "targets"] as const;
export type StageId = (typeof STAGE_IDS)[number];
