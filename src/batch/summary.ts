import type { Diagnostic } from "../model/diagnostic.js";
import type { LegalDocument, Status } from "../model/document.js";
import { allTables } from "./render.js";

/** What a batch keeps of a converted document once its files are written: enough for the report. */
export interface DocumentSummary {
  status: Status;
  type: string | null;
  number: string | null;
  issuedOn: string | null;
  nodes: number;
  appendices: number;
  tables: number;
  records: number;
  targets: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(d: LegalDocument): DocumentSummary {
  let nodes = 0;
  // Walked with a stack: a hostile document's tree may be deeper than the call stack.
  const stack: { children: unknown[] }[] = [d.body];
  while (stack.length) {
    const n = stack.pop()!;
    nodes++;
    for (const c of n.children) stack.push(c as { children: unknown[] });
  }
  const tables = allTables(d);
  const count = (s: Diagnostic["severity"]) => d.diagnostics.filter((x) => x.severity === s).length;
  return {
    status: d.status,
    type: d.metadata.documentType,
    number: d.metadata.documentNumber,
    issuedOn: d.metadata.issuedOn,
    nodes,
    appendices: d.appendices.length,
    tables: tables.length,
    records: tables.reduce((n, t) => n + t.records.length, 0),
    targets: d.targets.length,
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
  };
}
