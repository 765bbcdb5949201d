import { keepPdfThread } from "../stages/read/pdf/apart.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Severity } from "../model/diagnostic.js";
import type { ConvertOptions } from "../pipeline/runner.js";
import { convert } from "../pipeline/runner.js";
import { InputError, type OcrMode, type ReadLimits } from "../stages/read/index.js";
import { readInput } from "./inputs.js";
import type { OutputFormat } from "./formats.js";
import { renderOutputs } from "./render.js";
import { stageFiles } from "./staging.js";
import { type DocumentSummary, summarize } from "./summary.js";

/** One document to convert, as the batch runner hands it to a converter process (serialisable). */
export interface DocumentTask {
  path: string;
  /** The path recorded in the document when it is not `path` (an upload kept in a temporary file). */
  displayPath?: string;
  formats: OutputFormat[];
  csvRaw: boolean;
  ocr: OcrMode;
  rules?: Readonly<Record<string, Severity | "off">>;
  plan?: Pick<ConvertOptions, "stages" | "stageOptions">;
  limits: ReadLimits;
  maxInputBytes: number;
  /** The run's staging folder; null when nothing is written (stdout). */
  staging: string | null;
  /** Send the whole document back (stdout, cross-document steps); otherwise only its summary. */
  keepDocument: boolean;
  /** Other documents wait for a converter: keep what a reader loaded (the PDF thread) for them. */
  keepReaders?: boolean;
}

export type DocumentResult =
  | {
      path: string;
      ok: true;
      sha256: string;
      summary: DocumentSummary;
      diagnostics: Diagnostic[];
      /** The staged folder holding the rendered files, and their names. */
      staged: string | null;
      files: string[];
      ms: number;
      document?: string;
    }
  | { path: string; ok: false; reason: string; ms: number };

/** One line for any failure: an input that is no document, a stack overflow, a write that failed. */
export function failureReason(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err instanceof RangeError && /call stack/i.test(err.message))
    return "internal error: the document nests deeper than the reader can walk (stack overflow)";
  const first = String(err?.message ?? e).split("\n")[0]!;
  return `internal error: ${first}`;
}

/**
 * Converts one document inside a converter process and stages its files. Every failure becomes a
 * result with a one-line reason; only the death of the process itself (memory, time, an abort) escapes, and the
 * runner reports that.
 */
export default async function convertDocument(
  task: DocumentTask,
  onProgress?: (message: string) => void,
): Promise<DocumentResult> {
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  let converted;
  keepPdfThread(task.keepReaders ?? true);
  try {
    const { bytes, format, named } = await readInput(task.path, task.maxInputBytes);
    converted = await convert(
      { bytes, path: task.displayPath ?? task.path, format, named },
      { ...task.plan, rules: task.rules, ocr: task.ocr, limits: task.limits, onProgress },
    );
  } catch (e) {
    return { path: task.path, ok: false, reason: failureReason(e), ms: ms() };
  }
  const { document } = converted;
  let staged: string | null = null;
  let files: string[] = [];
  try {
    if (task.staging) {
      const rendered = await renderOutputs(document, task.formats, task.csvRaw);
      files = rendered.map(([name]) => name);
      // A converter whose run was killed writes nothing: the next run may have swept its staging already.
      if (process.send && !process.connected) process.exit(1);
      staged = stageFiles(task.staging, rendered);
    }
  } catch (e) {
    return {
      path: task.path,
      ok: false,
      reason: `cannot write output: ${failureReason(e).replace(/^internal error: /, "")}`,
      ms: ms(),
    };
  }
  return {
    path: task.path,
    ok: true,
    sha256: document.source.sha256,
    summary: summarize(document),
    diagnostics: document.diagnostics,
    staged,
    files,
    ms: ms(),
    ...(task.keepDocument ? { document: JSON.stringify(document) } : {}),
  };
}
