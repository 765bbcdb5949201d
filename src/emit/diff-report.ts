import type { Change, DocumentDiff } from "../model/diff.js";
import { byCodePoint } from "../text/order.js";
import { isChange } from "./diff-labels.js";

/**
 * What a reader of a diff report looks for first, in the order diff.md and diff.html both show it:
 * the targets that changed; the tasks and projects old → new with their lead, partners, deadline
 * and product side by side; the tasks found only in the old and only in the new document (a pair
 * the diff missed shows up here, by eye); the matches to check; the agencies that took over others'
 * tasks; then (not here) the counts and every change section by section.
 */
export interface ReportView {
  targets: Change[];
  /** Matched records, in the new document's order. */
  tasks: Change[];
  onlyOld: Change[];
  onlyNew: Change[];
  /** Articles (laws, decrees) that changed, when the documents have them. */
  articles: Change[];
  /** Low-confidence matches at every level but metadata, least sure first. */
  unsure: Change[];
  agencies: AgencyMove[];
}

export interface AgencyMove {
  from: string;
  to: string;
  count: number;
  /** Every move of this pair was a succession of the 2025 reorganisation. */
  renamed: boolean;
  /** The addresses of the tasks concerned (new side). */
  tasks: string[];
}

/** The record fields shown side by side, in the order of a task table's columns. */
export const TASK_FIELDS = ["lead", "partners", "deadline", "product"] as const;

const ARTICLE = /^Điều \d+[a-z]?$/u;

export function reportView(d: DocumentDiff, unsureMax = 15): ReportView {
  const records = d.changes.filter((c) => c.level === "record");
  const moves = new Map<string, AgencyMove>();
  for (const c of records) {
    if (!c.old || !c.new) continue;
    const lead = c.fields?.find((f) => f.field === "lead");
    if (!lead) continue;
    const from = lead.old ?? "—";
    const to = lead.new ?? "—";
    const key = `${from}\u0000${to}`;
    const m = moves.get(key) ?? { from, to, count: 0, renamed: true, tasks: [] };
    m.count++;
    m.renamed &&= lead.note !== undefined;
    m.tasks.push(c.new.address);
    moves.set(key, m);
  }
  return {
    targets: d.changes.filter((c) => c.level === "target" && isChange(c)),
    tasks: records.filter((c) => c.old && c.new),
    onlyOld: records.filter((c) => c.old && !c.new),
    onlyNew: records.filter((c) => !c.old && c.new),
    articles: d.changes.filter(
      (c) => c.level === "section" && isChange(c) && ARTICLE.test((c.new ?? c.old)!.address),
    ),
    unsure: d.changes
      .filter((c) => c.level !== "metadata" && c.confidence === "low")
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || byCodePoint(a.id, b.id))
      .slice(0, unsureMax),
    agencies: [...moves.values()].sort(
      (a, b) => b.count - a.count || byCodePoint(a.from, b.from) || byCodePoint(a.to, b.to),
    ),
  };
}

/** The record fields that differ in a change, lead also when only renamed. */
export function changedFields(c: Change): Set<string> {
  return new Set((c.fields ?? []).map((f) => f.field));
}

/** "investment 12.500 → 15.000", one per changed number. */
export function valueLines(c: Change, format: (n: number | null) => string): string[] {
  return (c.values ?? []).map(
    (v) => `${v.field}: ${format(v.old)} → ${format(v.new)}${v.unit ? ` ${v.unit}` : ""}`,
  );
}
