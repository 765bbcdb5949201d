import { z } from "zod";
import { Diagnostic } from "./diagnostic.js";
import { LegalNode } from "./node.js";
import { Metadata } from "./metadata.js";
import { LineBox, SourceFormat } from "./block.js";
import { Table } from "./table.js";
import { Target } from "./target.js";

/** Bump on any change a consumer could notice; schemas/ is regenerated from these models. */
export const SCHEMA_VERSION = "1.6.0";

export const Status = z.enum(["ok", "partial", "failed"]);
export type Status = z.infer<typeof Status>;

export const AppendixSummary = z.object({
  id: z.string(),
  label: z.string(),
  title: z.string().nullable(),
  caption: z.string().nullable(),
  nodeId: z.string(),
  tables: z.array(Table),
});
export type AppendixSummary = z.infer<typeof AppendixSummary>;

/** A further document the file holds after the first (a transcript of several): its node and metadata. */
export const IncludedDocument = z.object({
  nodeId: z.string().describe("The `document` node under the body that holds its tree."),
  metadata: Metadata,
});
export type IncludedDocument = z.infer<typeof IncludedDocument>;

export const LegalDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), format: SourceFormat }),
  status: Status,
  metadata: Metadata,
  body: LegalNode,
  appendices: z.array(AppendixSummary),
  /** Tables that stand outside any appendix (rare): same shape as appendix tables. */
  tables: z.array(Table),
  /** Quantitative targets (chỉ tiêu) from target sections and indicator tables, in document order. */
  targets: z.array(Target),
  diagnostics: z.array(Diagnostic),
  includedDocuments: z
    .array(IncludedDocument)
    .optional()
    .describe(
      "When the file holds several documents, each one after the first; `metadata` and `body`'s other children are the first's.",
    ),
  layout: z
    .array(LineBox)
    .optional()
    .describe(
      "PDF only: the page and box of every source line; each node's and record's `lines` give its pages and boxes.",
    ),
});
export type LegalDocument = z.infer<typeof LegalDocument>;
