import { createHash } from "node:crypto";
import { appendFileSync } from "node:fs";
import { appendFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Status } from "../model/document.js";
import type { DocumentSummary } from "./summary.js";

/**
 * `-o/run.jsonl`: one line per converted document, appended once its outputs are in place. A failed
 * document has no line (nothing of it is written); it is tried again by the next run.
 */
export const RUN_MANIFEST = "run.jsonl";

export interface RunEntry {
  path: string;
  sha256: string;
  version: string;
  /** Hash of everything that shapes the outputs: formats, CSV mode, OCR, rules, stages, limits. */
  options: string;
  status: Status;
  /** The document's folder under `-o`, and its files there. */
  slug: string;
  outputs: string[];
  counts: Omit<DocumentSummary, "status">;
  ms: number;
}

export function hashOptions(options: unknown): string {
  return createHash("sha256").update(JSON.stringify(options)).digest("hex").slice(0, 16);
}

/**
 * The latest entry per input path. A line cut short by a kill is skipped (its document had not been
 * recorded, so it is converted again) and closed, so the next entry starts a line of its own.
 */
export async function readRunManifest(outDir: string): Promise<Map<string, RunEntry>> {
  const text = await readFile(join(outDir, RUN_MANIFEST), "utf8").catch(() => "");
  if (text && !text.endsWith("\n")) await appendFile(join(outDir, RUN_MANIFEST), "\n");
  const entries = new Map<string, RunEntry>();
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as RunEntry;
      if (typeof e.path === "string" && typeof e.slug === "string") entries.set(e.path, e);
    } catch {
      // a torn last line
    }
  }
  return entries;
}

/**
 * One write of one whole line with O_APPEND: lines of concurrent appends never interleave.
 * Synchronous, as a commit is: the run's thread-pool trips would take time from the converters.
 */
export function appendRunEntry(outDir: string, entry: RunEntry): void {
  appendFileSync(join(outDir, RUN_MANIFEST), `${JSON.stringify(entry)}\n`);
}
