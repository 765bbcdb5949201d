import type { LegalDocument } from "../model/document.js";
import type { Table } from "../model/table.js";
import { tableToCsv } from "../emit/csv.js";
import { toJson } from "../emit/json.js";
import { toMarkdownDocument } from "../emit/markdown.js";
import { tablesToXlsx } from "../emit/xlsx.js";
import { sanitize } from "./slug.js";

export const OUTPUT_FORMATS = ["json", "md", "xlsx", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function allTables(doc: LegalDocument): Table[] {
  return [...doc.appendices.flatMap((a) => a.tables), ...doc.tables];
}

/** A document's output files, rendered in memory before any is written: names relative to its folder. */
export async function renderOutputs(
  doc: LegalDocument,
  formats: readonly OutputFormat[],
  csvRaw: boolean,
): Promise<[string, string | Uint8Array][]> {
  const files: [string, string | Uint8Array][] = [];
  if (formats.includes("json")) files.push(["document.json", toJson(doc)]);
  if (formats.includes("md")) files.push(["document.md", toMarkdownDocument(doc)]);
  const tables = allTables(doc);
  if (formats.includes("xlsx") && tables.length) files.push(["tables.xlsx", await tablesToXlsx(tables)]);
  if (formats.includes("csv"))
    for (const t of tables)
      files.push([
        `tables/${sanitize(t.id.replace(/\//g, "_"))}.csv`,
        tableToCsv(t, { neutralize: !csvRaw }),
      ]);
  return files;
}
