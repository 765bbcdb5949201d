import { z } from "zod";
import { Comparator } from "../text/comparators.js";
import { Evaluation } from "../text/evaluation.js";
import { Lines } from "./block.js";

export const Deadline = z.object({
  raw: z.string(),
  year: z.number().int().nullable(),
  quarter: z.number().int().min(1).max(4).nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  recurring: z.boolean(),
});

export const AgencyList = z.object({
  raw: z.string(),
  agencies: z.array(z.string()),
  catchAll: z.string().nullable(),
});

export const Quantity = z.object({
  raw: z.string(),
  comparator: Comparator.nullable(),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  stretch: z.number().nullable(),
});

/** Canonical column keys; an unknown header keeps a generated key with its printed label. */
export const Column = z.object({
  key: z.string(),
  label: z.string().nullable().describe("The header as printed; two-level headers read 'top / sub'."),
  canonical: z.boolean().describe("True when the key is one of the documented canonical keys."),
  inferred: z
    .boolean()
    .optional()
    .describe("Set when no header was printed and the role was read from the column's content."),
  numeric: z
    .boolean()
    .optional()
    .describe(
      "The column holds quantities (plan and period values, investment): typed as numbers in the xlsx.",
    ),
});
export type Column = z.infer<typeof Column>;

export const TableKind = z.enum(["tasks", "projects", "indicators", "matrix", "other"]);
export type TableKind = z.infer<typeof TableKind>;

const RecordBase = z.object({
  id: z.string(),
  no: z.string().nullable().describe("The row number as printed (TT/STT)."),
  group: z.array(z.string()).describe("Titles of the group rows above, outermost first."),
  parent: z.string().nullable().describe("The record a sub-row (- …, + …, a), Trong đó: …) belongs to."),
  lines: Lines,
  emphasis: z.boolean().optional().describe("The row was printed in italics or bold."),
  footnotes: z
    .array(z.string())
    .optional()
    .describe("Labels of the footnotes whose markers sit in this row."),
  cells: z.record(z.string(), z.string()).describe("Every column's text by key: nothing is dropped."),
});

export const TaskRecord = RecordBase.extend({
  kind: z.literal("tasks"),
  task: z.string().nullable(),
  lead: AgencyList.nullable(),
  partners: AgencyList.nullable(),
  deadline: Deadline.nullable(),
  product: z.string().nullable(),
  submitTo: z.string().nullable(),
  monitor: AgencyList.nullable(),
});
export const ProjectRecord = RecordBase.extend({
  kind: z.literal("projects"),
  project: z.string().nullable(),
  lead: AgencyList.nullable(),
  partners: AgencyList.nullable(),
  deadline: Deadline.nullable(),
  funding: z.string().nullable(),
  investment: Quantity.nullable(),
  monitor: AgencyList.nullable(),
});
export const IndicatorRecord = RecordBase.extend({
  kind: z.literal("indicators"),
  indicator: z.string().nullable(),
  unit: z.string().nullable(),
  values: z.record(z.string(), Quantity.nullable()).describe("Plan, period and achieved columns by key."),
  evaluation: z
    .object({ raw: z.string(), verdict: Evaluation.nullable() })
    .nullable()
    .describe("A results table's verdict against the target (Đạt, Không đạt, Vượt, Cơ bản đạt)."),
  monitor: AgencyList.nullable(),
});
export const MatrixRecord = RecordBase.extend({
  kind: z.literal("matrix"),
  label: z.string().nullable(),
  values: z.record(z.string(), Quantity.nullable()),
});
export const OtherRecord = RecordBase.extend({ kind: z.literal("other") });

export const TableRecord = z.discriminatedUnion("kind", [
  TaskRecord,
  ProjectRecord,
  IndicatorRecord,
  MatrixRecord,
  OtherRecord,
]);
export type TableRecord = z.infer<typeof TableRecord>;

/** Rows that could not be placed (orphan cells, a cut table): reported and kept raw, never records. */
export const Fragment = z.object({ reason: z.string(), rows: z.array(z.array(z.string())), lines: Lines });
export type Fragment = z.infer<typeof Fragment>;

export const Table = z.object({
  id: z.string(),
  nodeId: z.string(),
  appendix: z.string().nullable(),
  title: z.string().nullable(),
  kind: TableKind,
  columns: z.array(Column),
  /** Group rows in order, with the path they open; the xlsx sets them apart. */
  groups: z.array(
    z.object({ title: z.string(), path: z.array(z.string()), line: z.number().int().positive() }),
  ),
  records: z.array(TableRecord),
  fragments: z.array(Fragment),
  lines: Lines,
});
export type Table = z.infer<typeof Table>;
