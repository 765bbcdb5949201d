import type { LegalDocument } from "../model/document.js";
import type { Table } from "../model/table.js";
import { tableToCsv } from "../emit/csv.js";
import { toJson } from "../emit/json.js";
import type { OutputFormat } from "./formats.js";
import { sanitize } from "./slug.js";

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
  // The Markdown and workbook writers are loaded only when asked for: a JSON-only run skips them.
  if (formats.includes("md")) {
    const { toMarkdownDocument } = await import("../emit/markdown.js");
    files.push(["document.md", toMarkdownDocument(doc)]);
  }
  const tables = allTables(doc);
  if (formats.includes("xlsx") && tables.length) {
    const { tablesToXlsx } = await import("../emit/xlsx.js");
    files.push(["tables.xlsx", await tablesToXlsx(tables)]);
  }
  if (formats.includes("csv"))
    for (const t of tables)
      files.push([
        `tables/${sanitize(t.id.replace(/\//g, "_"))}.csv`,
        tableToCsv(t, { neutralize: !csvRaw }),
      ]);
  return files;
}
