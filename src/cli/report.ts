import type { Diagnostic } from "../model/diagnostic.js";
import type { Outcome } from "../batch/run.js";

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
    const d = o.summary;
    return [
      o.slug ?? o.path,
      o.skipped ? `${d.status} (done before)` : d.status,
      d.type ?? "—",
      d.number ?? "—",
      d.issuedOn ?? "—",
      String(d.nodes),
      String(d.appendices),
      `${d.tables}/${d.records}`,
      String(d.targets),
      `${d.errors}/${d.warnings}/${d.infos}`,
      o.ms.toFixed(0),
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
