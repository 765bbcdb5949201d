import { availableParallelism } from "node:os";
import { Command, InvalidArgumentError, Option } from "commander";
import type { BatchOptions, Outcome } from "../batch/run.js";
import { DEFAULT_LIMITS, type Limits } from "../batch/limits.js";
import { formatDiagnostic } from "./report.js";
import { Progress } from "./progress.js";

/** SIGINT's conventional exit code (128 + 2): the run stopped, what was committed stays. */
export const EXIT_INTERRUPTED = 130;

function positive(kind: "int" | "number") {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || (kind === "int" && !Number.isInteger(n)))
      throw new InvalidArgumentError(`expected a positive ${kind === "int" ? "whole number" : "number"}`);
    return n;
  };
}

export interface BatchFlags {
  jobs?: number;
  force?: boolean;
  timeout?: number;
  maxSize?: number;
  maxMemory?: number;
  maxPages?: number;
  maxInflated?: number;
  maxDepth?: number;
  maxLine?: number;
}

/** The limits of one document's conversion, for every command that converts (convert, run, serve). */
export function addLimitOptions(cmd: Command): Command {
  const d = DEFAULT_LIMITS;
  return cmd
    .addOption(
      new Option("-j, --jobs <n>", "documents converted at once, each in its own converter process")
        .default(availableParallelism(), "the number of cores")
        .argParser(positive("int")),
    )
    .addOption(
      new Option("--timeout <seconds>", "time per document")
        .default(d.timeoutMs / 1000)
        .argParser(positive("number")),
    )
    .addOption(
      new Option("--max-size <MB>", "input file size")
        .default(d.maxInputBytes / 1048576)
        .argParser(positive("number")),
    )
    .addOption(
      new Option("--max-memory <MB>", "heap per document").default(d.maxMemoryMb).argParser(positive("int")),
    )
    .addOption(new Option("--max-pages <n>", "PDF pages").default(d.maxPages).argParser(positive("int")))
    .addOption(
      new Option("--max-inflated <MB>", "bytes a DOCX's parts inflate to")
        .default(d.maxInflatedBytes / 1048576)
        .argParser(positive("number")),
    )
    .addOption(
      new Option("--max-depth <n>", "element nesting in HTML and DOCX")
        .default(d.maxDepth)
        .argParser(positive("int")),
    )
    .addOption(
      new Option("--max-line <chars>", "characters in one line of text")
        .default(d.maxLineLength)
        .argParser(positive("int")),
    );
}

/** The flags of every command that converts many documents into a folder: the limits, and resume. */
export function addBatchOptions(cmd: Command): Command {
  return addLimitOptions(cmd).option(
    "--force",
    "convert again documents the run manifest (run.jsonl) says are done",
  );
}

export function limitsOf(f: BatchFlags): Limits {
  const d = DEFAULT_LIMITS;
  return {
    timeoutMs: (f.timeout ?? d.timeoutMs / 1000) * 1000,
    maxInputBytes: Math.round((f.maxSize ?? d.maxInputBytes / 1048576) * 1048576),
    maxMemoryMb: f.maxMemory ?? d.maxMemoryMb,
    maxPages: f.maxPages ?? d.maxPages,
    maxInflatedBytes: Math.round((f.maxInflated ?? d.maxInflatedBytes / 1048576) * 1048576),
    maxDepth: f.maxDepth ?? d.maxDepth,
    maxLineLength: f.maxLine ?? d.maxLineLength,
  };
}

export interface Verbosity {
  quiet: boolean;
  verbose: boolean;
}

/**
 * Runs a batch with a progress line, prints each document's diagnostics (or its failure) as soon as
 * it is done, and stops cleanly on SIGINT: processes ended, nothing half-written, exit code 130.
 */
export async function runDocuments(
  paths: string[],
  options: BatchOptions,
  v: Verbosity,
): Promise<{ outcomes: Outcome[]; interrupted: boolean; totals: string }> {
  const progress = new Progress(paths.length, !!process.stderr.isTTY && !v.quiet);
  const report = (o: Outcome) => {
    progress.clear();
    if (!o.ok) {
      console.error(`${o.path}: error ${o.reason}`);
      return;
    }
    if (v.quiet) return;
    for (const d of o.diagnostics)
      if (v.verbose || d.severity !== "info") console.error(formatDiagnostic(o.path, d));
  };
  const { BatchRun } = await import("../batch/run.js");
  const run = new BatchRun(options, {
    started: (p) => progress.started(p),
    progress: (p, m) => progress.progress(p, m),
    finished: (o) => {
      report(o);
      progress.finished(o);
    },
  });
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
    void run.stop();
  };
  process.once("SIGINT", onSigint);
  process.once("SIGTERM", onSigint);
  try {
    const outcomes = await run.run(paths);
    return { outcomes, interrupted, totals: progress.totals() };
  } finally {
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigint);
  }
}
