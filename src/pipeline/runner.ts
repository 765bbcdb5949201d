import { createHash } from "node:crypto";
import type { SourceFormat } from "../model/block.js";
import type { Severity } from "../model/diagnostic.js";
import { LegalDocument, SCHEMA_VERSION, type Status } from "../model/document.js";
import { extract, EXTRACTED_FORMATS } from "../readers/index.js";
import { readStage, type ExtractedSource } from "../stages/read/index.js";
import { structureStage } from "../stages/structure/index.js";
import { tablesStage } from "../stages/tables/index.js";
import { targetsStage } from "../stages/targets/index.js";
import { Reporter, sortDiagnostics } from "../model/reporter.js";

export interface ConvertInput {
  bytes: Uint8Array;
  /** For HTML, DOCX and PDF: what the asynchronous reader made of `bytes` (see convertSource). */
  extracted?: ExtractedSource;
  /** The path as given by the user, recorded in `source.path`. */
  path: string;
  format: SourceFormat;
}

export interface ConvertOptions {
  /** Per-rule severity overrides from the pipeline definition ("off" silences a rule). */
  rules?: Readonly<Record<string, Severity | "off">>;
  signal?: AbortSignal;
  /** PDF pages without text layer: OCR when available ("auto"), required ("on"), never ("off"). */
  ocr?: "auto" | "on" | "off";
  /** A clock for stage timings; the runner is the only place that reads one. */
  now?: () => number;
}

export interface ConvertResult {
  document: LegalDocument;
  /** Milliseconds per stage, for summaries and `npm run bench`; never written into the document. */
  timings: Record<string, number>;
}

export function statusOf(diagnostics: readonly { severity: Severity }[]): Status {
  if (diagnostics.some((d) => d.severity === "error")) return "failed";
  if (diagnostics.some((d) => d.severity === "warning")) return "partial";
  return "ok";
}

/**
 * Runs read → structure → tables → targets on one input. Throws InputError for input that is no document at all;
 * document problems become diagnostics. The result is validated against the schema.
 */
export function convert(input: ConvertInput, options: ConvertOptions = {}): ConvertResult {
  const now = options.now ?? (() => performance.now());
  const report = new Reporter("pipeline", options.rules);
  const timings: Record<string, number> = {};
  const timed = <T>(id: string, fn: () => T): T => {
    options.signal?.throwIfAborted();
    const t0 = now();
    const out = fn();
    timings[id] = now() - t0;
    return out;
  };
  const blocks = timed(readStage.id, () => readStage.run(input.extracted ?? input.bytes, { format: input.format }, { report: report.forStage(readStage.id), signal: options.signal }));
  const structured = timed(structureStage.id, () => structureStage.run(blocks, {}, { report: report.forStage(structureStage.id), signal: options.signal }));
  const tables = timed(tablesStage.id, () => tablesStage.run({ body: structured.body, blocks }, {}, { report: report.forStage(tablesStage.id), signal: options.signal }));
  const targets = timed(targetsStage.id, () => targetsStage.run({ body: structured.body, tables }, {}, { report: report.forStage(targetsStage.id), signal: options.signal }));
  const appendices = structured.appendices.map((a) => ({ ...a, tables: tables.filter((t) => t.appendix === a.nodeId) }));
  const diagnostics = sortDiagnostics(report.diagnostics);
  const document = LegalDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    source: { path: input.path, sha256: createHash("sha256").update(input.bytes).digest("hex"), format: input.format },
    status: statusOf(diagnostics),
    metadata: structured.metadata,
    body: structured.body,
    appendices,
    tables: tables.filter((t) => t.appendix === null),
    targets,
    diagnostics,
    ...(blocks.layout ? { layout: blocks.layout } : {}),
  });
  return { document, timings };
}

/** convert() for any format: HTML, DOCX and PDF go through their asynchronous reader first. */
export async function convertSource(input: ConvertInput, options: ConvertOptions = {}): Promise<ConvertResult> {
  if (!EXTRACTED_FORMATS.includes(input.format) || input.extracted) return convert(input, options);
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const extracted = await extract(input.bytes, input.format, { ocr: options.ocr ?? "auto" });
  const extractMs = now() - t0;
  const result = convert({ ...input, extracted }, options);
  return { ...result, timings: { extract: extractMs, ...result.timings } };
}
