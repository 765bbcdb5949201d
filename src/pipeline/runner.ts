import { createHash } from "node:crypto";
import { extname } from "node:path";
import type { SourceFormat } from "../model/block.js";
import type { Severity } from "../model/diagnostic.js";
import { type LegalDocument, SCHEMA_VERSION, type Status } from "../model/document.js";
import { parseDocument } from "../model/document-parser.js";
import { Reporter, sortDiagnostics } from "../model/reporter.js";
import { STAGE_IDS, type StageId } from "../model/stage.js";
import type { OcrMode, ReadLimits } from "../stages/read/index.js";
import { planStages, type Draft } from "./stages.js";

export interface ConvertInput {
  bytes: Uint8Array;
  /** The path as given by the user, recorded in `source.path`. */
  path: string;
  format: SourceFormat;
  /** The format the file's name promised, when its bytes hold another (a saved web page named `.doc`). */
  named?: SourceFormat;
}

export interface ConvertOptions {
  /** The stages to run, in order (a pipeline definition's `stages`); all four by default. */
  stages?: readonly StageId[];
  /** Options per stage, validated by each stage's schema. */
  stageOptions?: Partial<Record<StageId, unknown>>;
  /** Per-rule severity overrides from the pipeline definition ("off" silences a rule). */
  rules?: Readonly<Record<string, Severity | "off">>;
  signal?: AbortSignal;
  /** PDF pages without text layer: OCR when available ("auto"), required ("on"), never ("off"). */
  ocr?: OcrMode;
  /** What the readers refuse to go past (pages, inflated bytes, nesting, line length). */
  limits?: ReadLimits;
  /** Told how far a long stage is ("OCR page 3/12"), for a progress line. */
  onProgress?: (message: string) => void;
  /** A clock for stage timings; the runner is the only place that reads one. */
  now?: () => number;
}

export interface ConvertResult {
  document: LegalDocument;
  /** Milliseconds per stage, for summaries and `npm run bench`; never written into the document. */
  timings: Record<string, number>;
  /** The stages that ran and their versions: what a batch run records to know when to redo a document. */
  stages: { id: StageId; version: string }[];
}

/** The CLI's OCR mode and limits over what a pipeline definition gives the read stage. */
function readOptions(given: unknown, options: ConvertOptions): unknown {
  return {
    ...(given as object),
    ...(options.ocr ? { ocr: options.ocr } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  };
}

export function statusOf(diagnostics: readonly { severity: Severity }[]): Status {
  if (diagnostics.some((d) => d.severity === "error")) return "failed";
  if (diagnostics.some((d) => d.severity === "warning")) return "partial";
  return "ok";
}

/**
 * Runs the pipeline's stages on one input, in the order the definition names. Throws InputError for
 * input that is no document at all; document problems become diagnostics. The result is validated
 * against the schema.
 */
export async function convert(input: ConvertInput, options: ConvertOptions = {}): Promise<ConvertResult> {
  const now = options.now ?? (() => performance.now());
  const plan = planStages(options.stages ?? STAGE_IDS);
  const report = new Reporter("pipeline", options.rules);
  const timings: Record<string, number> = {};
  const draft: Draft = { bytes: input.bytes, format: input.format };
  if (input.named && input.named !== input.format)
    report
      .forStage("read")
      .info(
        "format-by-content",
        `${extname(input.path) ? `named "${extname(input.path)}"` : "named without an ending"} but holds ${input.format.toUpperCase()}: read as ${input.format.toUpperCase()}`,
        input.format === "pdf" ? { page: 1 } : { line: 1 },
      );
  for (const stage of plan) {
    const given = options.stageOptions?.[stage.id] ?? {};
    const stageOptions = stage.parseOptions(stage.id === "read" ? readOptions(given, options) : given);
    options.signal?.throwIfAborted();
    const t0 = now();
    await stage.apply(draft, stageOptions, {
      report: report.forStage(stage.id),
      signal: options.signal,
      progress: options.onProgress,
    });
    timings[stage.id] = now() - t0;
  }
  const structured = draft.structured!;
  const tables = draft.tables ?? [];
  const appendices = structured.appendices.map((a) => ({
    ...a,
    tables: tables.filter((t) => t.appendix === a.nodeId),
  }));
  const diagnostics = sortDiagnostics(report.diagnostics);
  const document = parseDocument({
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: input.path,
      sha256: createHash("sha256").update(input.bytes).digest("hex"),
      format: input.format,
    },
    status: statusOf(diagnostics),
    metadata: structured.metadata,
    body: structured.body,
    appendices,
    tables: tables.filter((t) => t.appendix === null),
    targets: draft.targets ?? [],
    diagnostics,
    ...(structured.included.length ? { includedDocuments: structured.included } : {}),
    ...(draft.blocks?.layout ? { layout: draft.blocks.layout } : {}),
  });
  return { document, timings, stages: plan.map((s) => ({ id: s.id, version: s.version })) };
}
