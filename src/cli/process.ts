import pLimit from "p-limit";
import { availableParallelism } from "node:os";
import type { Severity } from "../model/diagnostic.js";
import type { LegalDocument } from "../model/document.js";
import { toJson } from "../emit/json.js";
import { toMarkdownDocument } from "../emit/markdown.js";
import { convert, type ConvertOptions } from "../pipeline/runner.js";
import { InputError } from "../stages/read/index.js";
import { readInput } from "../batch/inputs.js";
import { safeJoin, sanitize, slugFor, writeAtomic } from "./output.js";
import { tableToCsv } from "../emit/csv.js";
import { tablesToXlsx } from "../emit/xlsx.js";
import type { Table } from "../model/table.js";

export function allTables(doc: LegalDocument): Table[] {
  return [...doc.appendices.flatMap((a) => a.tables), ...doc.tables];
}

export const OUTPUT_FORMATS = ["json", "md", "xlsx", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ProcessOptions {
  outDir: string;
  formats: OutputFormat[];
  stdout: boolean;
  rules?: Readonly<Record<string, Severity | "off">>;
  concurrency?: number;
  /** CSV cells that look like formulas are neutralised unless this is set (machine consumers). */
  csvRaw?: boolean;
  /** PDF pages without text layer: "on" requires OCR (--ocr), "auto" uses it when installed. */
  ocr?: "auto" | "on" | "off";
  /** The stages a pipeline definition names, and their options. */
  plan?: Pick<ConvertOptions, "stages" | "stageOptions">;
}

export type Outcome =
  | {
      path: string;
      ok: true;
      document: LegalDocument;
      slug: string | null;
      timings: Record<string, number>;
      written: string[];
    }
  | { path: string; ok: false; reason: string };

/**
 * Converts many inputs at once. One bad input never stops the others: it becomes an outcome with a
 * one-line reason, and nothing is written for it. Outcomes come back in input order.
 */
export async function processInputs(paths: string[], options: ProcessOptions): Promise<Outcome[]> {
  const limit = pLimit(options.concurrency ?? Math.max(1, availableParallelism()));
  const slugs = new Set<string>();
  const converted = await Promise.all(paths.map((path) => limit(() => convertOne(path, options))));
  const outcomes: Outcome[] = [];
  // Writing happens in input order so slug collisions resolve the same way on every run.
  for (const c of converted) {
    if (!c.ok) {
      outcomes.push(c);
      continue;
    }
    let written: string[] = [];
    let slug: string | null = null;
    if (!options.stdout) {
      slug = uniqueSlug(slugFor(c.path, c.document.metadata.documentNumber), slugs);
      try {
        written = await writeOutputs(c.document, slug, options);
      } catch (e) {
        outcomes.push({ path: c.path, ok: false, reason: `cannot write output: ${(e as Error).message}` });
        continue;
      }
    }
    outcomes.push({ ...c, slug, written });
  }
  return outcomes;
}

async function convertOne(path: string, options: ProcessOptions) {
  try {
    const { bytes, format } = await readInput(path);
    const { document, timings } = await convert(
      { bytes, path, format },
      { ...options.plan, rules: options.rules, ocr: options.ocr ?? "auto" },
    );
    return { path, ok: true as const, document, timings };
  } catch (e) {
    if (e instanceof InputError) return { path, ok: false as const, reason: e.message };
    throw e;
  }
}

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

async function writeOutputs(doc: LegalDocument, slug: string, options: ProcessOptions): Promise<string[]> {
  // Render everything first: a failure here leaves no file behind.
  const files: [string, string | Uint8Array][] = [];
  if (options.formats.includes("json")) files.push(["document.json", toJson(doc)]);
  if (options.formats.includes("md")) files.push(["document.md", toMarkdownDocument(doc)]);
  const tables = allTables(doc);
  if (options.formats.includes("xlsx") && tables.length)
    files.push(["tables.xlsx", await tablesToXlsx(tables)]);
  if (options.formats.includes("csv")) {
    for (const t of tables)
      files.push([
        `tables/${sanitize(t.id.replace(/\//g, "_"))}.csv`,
        tableToCsv(t, { neutralize: !options.csvRaw }),
      ]);
  }
  const written: string[] = [];
  for (const [name, content] of files) {
    const target = safeJoin(options.outDir, slug, ...name.split("/"));
    await writeAtomic(target, content);
    written.push(target);
  }
  return written;
}
