import type { Diagnostic } from "../model/diagnostic.js";
import type { Outcome } from "./process.js";

/** "file:line: severity rule-id reason", the form editors and CI annotators understand. */
export function formatDiagnostic(path: string, d: Diagnostic): string {
  const place = d.line !== null ? `${path}:${d.line}` : path;
  return `${place}: ${d.severity} ${d.ruleId} ${d.reason}`;
}

/** A short table per document for people, on stderr. */
export function summaryTable(outcomes: Outcome[]): string {
  const header = [
    "document",
    "status",
    "type",
    "number",
    "issued",
    "nodes",
    "appx",
    "tables/records",
    "targets",
    "E/W/I",
    "ms",
  ];
  const rows = outcomes.map((o) => {
    if (!o.ok) return [o.path, "failed", "", "", "", "", "", "", "", "", o.reason];
    const d = o.document;
    const count = (s: string) => d.diagnostics.filter((x) => x.severity === s).length;
    let nodes = 0;
    const walk = (n: { children: unknown[] }) => {
      nodes++;
      for (const c of n.children) walk(c as { children: unknown[] });
    };
    walk(d.body);
    const ms = Object.values(o.timings).reduce((a, b) => a + b, 0);
    return [
      o.slug ?? o.path,
      d.status,
      d.metadata.documentType ?? "—",
      d.metadata.documentNumber ?? "—",
      d.metadata.issuedOn ?? "—",
      String(nodes),
      String(d.appendices.length),
      (() => {
        const tables = [...d.appendices.flatMap((a) => a.tables), ...d.tables];
        return `${tables.length}/${tables.reduce((n, t) => n + t.records.length, 0)}`;
      })(),
      String(d.targets.length),
      `${count("error")}/${count("warning")}/${count("info")}`,
      ms.toFixed(0),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
