import type { Column, TableKind, TableRecord } from "../../model/table.js";
import { parseAgencies } from "../../text/agencies.js";
import { parseDeadline } from "../../text/deadlines.js";
import { type Evaluation, parseEvaluation } from "../../text/evaluation.js";
import { parseQuantity } from "../../text/quantity.js";

export interface RawRecord {
  id: string;
  no: string | null;
  group: string[];
  parent: string | null;
  lines: number[];
  emphasis: boolean;
  cells: Record<string, string>;
}

export function kindOf(columns: Column[]): TableKind {
  const keys = new Set(columns.map((c) => c.key));
  if (keys.has("task")) return "tasks";
  if (keys.has("project")) return "projects";
  if (keys.has("indicator")) return "indicators";
  const values = columns.filter(
    (c) => !c.canonical && c.label && /\/|quý|tháng|năm|\d{4}/iu.test(c.label),
  ).length;
  if (values >= 2 || keys.has("plan")) return "matrix";
  return "other";
}

/** Value columns of indicator and matrix tables: the plan column and every period column. */
export function valueColumns(columns: Column[]): Column[] {
  const fixed = new Set([
    "no",
    "indicator",
    "unit",
    "monitor",
    "lead",
    "partners",
    "note",
    "task",
    "project",
    "label",
    "evaluation",
  ]);
  return columns.filter((c, i) => !fixed.has(c.key) && !(i === labelIndex(columns)));
}

export function labelIndex(columns: Column[]): number {
  const i = columns.findIndex((c) => c.key !== "no");
  return i < 0 ? 0 : i;
}

const text = (r: RawRecord, key: string) => {
  const v = r.cells[key];
  return v === undefined || v === "" ? null : v;
};

/** The typed record for a table kind; every column's text stays in `cells`. */
export function typedRecord(kind: TableKind, r: RawRecord, columns: Column[]): TableRecord {
  const agencies = (key: string) => parseAgencies(r.cells[key] ?? "");
  const deadline = parseDeadline(r.cells["deadline"] ?? "");
  switch (kind) {
    case "tasks":
      return {
        ...r,
        kind,
        task: text(r, "task"),
        lead: agencies("lead"),
        partners: agencies("partners"),
        deadline,
        product: text(r, "product"),
        submitTo: text(r, "submitTo"),
        monitor: agencies("monitor"),
      };
    case "projects":
      return {
        ...r,
        kind,
        project: text(r, "project"),
        lead: agencies("lead"),
        partners: agencies("partners"),
        deadline,
        funding: text(r, "funding"),
        investment: parseQuantity(r.cells["investment"] ?? ""),
        monitor: agencies("monitor"),
      };
    case "indicators":
      return {
        ...r,
        kind,
        indicator: text(r, "indicator"),
        unit: text(r, "unit"),
        values: values(r, columns),
        evaluation: evaluation(r),
        monitor: agencies("monitor") ?? agencies("lead"),
      };
    case "matrix":
      return { ...r, kind, label: text(r, columns[labelIndex(columns)]!.key), values: values(r, columns) };
    case "other":
      return { ...r, kind };
  }
}

function evaluation(r: RawRecord): { raw: string; verdict: Evaluation | null } | null {
  const raw = text(r, "evaluation");
  return raw === null ? null : { raw, verdict: parseEvaluation(raw) };
}

function values(r: RawRecord, columns: Column[]): Record<string, ReturnType<typeof parseQuantity>> {
  return Object.fromEntries(valueColumns(columns).map((c) => [c.key, parseQuantity(r.cells[c.key] ?? "")]));
}
