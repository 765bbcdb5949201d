import { z } from "zod";
import { Lines } from "./block.js";
import { Comparator, Period } from "./target.js";

/** Bumped on any change a consumer of diff.json could notice. */
export const DIFF_SCHEMA_VERSION = "1.1.0";

/** The closed change taxonomy; a change may carry several (a task renumbered, reworded and given a new lead). */
export const CHANGE_TYPES = {
  unchanged: "Matched and the same in substance (case, spacing, Unicode form and tone placement ignored).",
  reworded: "Matched, the wording differs: `words` holds the word-level diff.",
  contentChanged:
    "Matched, its own words (an article's or heading's title) are the same but something inside it differs: a clause, point, bullet or sub-item (listed as changes of their own).",
  renumbered: "Matched under the same (matched) parent, printed with another number.",
  moved: "Matched under a different parent: another section, appendix or table.",
  added: "Only in the new document.",
  removed: "Only in the old document.",
  valueChanged:
    "A target's value, range, comparator or unit differs; `target.direction` says raised or lowered. For metadata: the field's value differs.",
  periodChanged: "A target's period (years, average, recurring) differs.",
  leadChanged: "A task's or project's lead agencies (chủ trì) differ: another body leads it.",
  agencyRenamed:
    "The lead differs only because the old lead was merged or renamed (the 2025 reorganisation): the new lead is its successor; `fields[].note` names the legal source.",
  partnersChanged: "A task's or project's partner agencies (phối hợp) differ.",
  deadlineChanged: "A task's or project's deadline (thời hạn, thời gian thực hiện) differs.",
  productChanged: "A task's product (sản phẩm) differs.",
  split: "One old item continues as several new ones (`related` lists the others).",
  merged: "Several old items continue as one new item (`related` lists the others).",
} as const;
export type ChangeType = keyof typeof CHANGE_TYPES;
export const ChangeType = z.enum(Object.keys(CHANGE_TYPES) as [ChangeType, ...ChangeType[]]).describe(
  Object.entries(CHANGE_TYPES)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n"),
);

export const DiffLevel = z
  .enum(["metadata", "section", "paragraph", "record", "target"])
  .describe(
    "metadata: header fields, căn cứ, cited documents, recipients; section: numbered nodes (Điều, I., 1., a), Phụ lục); paragraph: bullets and unnumbered paragraphs; record: appendix table rows (tasks, projects); target: chỉ tiêu.",
  );
export type DiffLevel = z.infer<typeof DiffLevel>;

export const MatchReason = z
  .enum(["identical", "address", "parent", "similarity", "contained", "children", "indicator", "field"])
  .describe(
    "identical: same text; address: same address and similar text; parent: similar text under matched parents; similarity: best remaining similarity above the threshold; contained: one side's text holds the other's (split, merged); children: most of the items inside one correspond to items inside the other (a heading or appendix renamed); indicator: same indicatorKey; field: the same metadata field or cited number.",
  );
export type MatchReason = z.infer<typeof MatchReason>;

export const DiffSide = z.object({
  id: z
    .string()
    .describe("The node, record or target id in that document's document.json, or the metadata field."),
  address: z.string().describe('Readable: "II.3", "III.1.b / -2", "PL I / 9", "Điều 3".'),
  context: z.string().nullable().describe("The heading or table the item sits under."),
  text: z.string(),
  lines: Lines,
  fields: z
    .record(z.string(), z.string().nullable())
    .optional()
    .describe("Records: lead, partners, deadline, product; targets: value, unit, period."),
});
export type DiffSide = z.infer<typeof DiffSide>;

export const WordOp = z.object({
  op: z.enum(["equal", "insert", "delete"]),
  text: z
    .string()
    .describe(
      "Whole words and numbers, with the white space before them: equal + insert gives the new text; equal runs show the new spelling (case and tone placement are not changes).",
    ),
});
export type WordOp = z.infer<typeof WordOp>;

export const FieldChange = z.object({
  field: z.string(),
  old: z.string().nullable(),
  new: z.string().nullable(),
  note: z
    .string()
    .optional()
    .describe("Why the change is what it is: for agencyRenamed, the succession and its legal source."),
});
export type FieldChange = z.infer<typeof FieldChange>;

export const ValueChange = z.object({
  field: z.string().describe('The column or the quantity\'s unit: "investment", "kinh phí", "tỷ đồng".'),
  old: z.number().nullable(),
  new: z.number().nullable(),
  unit: z.string().nullable(),
});
export type ValueChange = z.infer<typeof ValueChange>;

export const Confidence = z
  .enum(["high", "medium", "low"])
  .describe(
    "high: identical, or most of the weight shared; medium: a clear match on distinctive terms; low: near the threshold or resting on position: check it by eye.",
  );
export type Confidence = z.infer<typeof Confidence>;

export const TargetValue = z.object({
  comparator: Comparator.nullable(),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  period: Period.nullable(),
});

export const TargetChange = z.object({
  indicatorKey: z.string(),
  old: TargetValue.nullable(),
  new: TargetValue.nullable(),
  direction: z
    .enum(["raised", "lowered", "same", "incomparable"])
    .nullable()
    .describe("New value against old (incomparable: different units, or a value on one side only)."),
});

export const Change = z.object({
  id: z.string(),
  level: DiffLevel,
  types: z.array(ChangeType).min(1),
  old: DiffSide.nullable(),
  new: DiffSide.nullable(),
  score: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe(
      "Similarity of the matched texts (folded, abbreviations expanded); null when one side is missing.",
    ),
  reason: MatchReason.nullable(),
  confidence: Confidence.nullable().describe(
    "How far the match can be relied on; null when one side is missing.",
  ),
  evidence: z
    .array(z.string())
    .optional()
    .describe(
      "The distinctive terms both sides share, weightiest first (named places, works, programmes, numbers): what the match rests on. Boilerplate (xây dựng, đề án, báo cáo Thủ tướng) never counts.",
    ),
  words: z.array(WordOp).optional(),
  fields: z
    .array(FieldChange)
    .optional()
    .describe("Fields that differ (agencies, deadline, product, metadata values)."),
  target: TargetChange.optional(),
  values: z
    .array(ValueChange)
    .optional()
    .describe("Numbers of a matched record that differ (investment, kinh phí, quantities), as numbers."),
  related: z
    .array(z.string())
    .optional()
    .describe("For split and merged: the addresses of the other pieces."),
});
export type Change = z.infer<typeof Change>;

export const DiffDocumentRef = z.object({
  path: z.string(),
  sha256: z.string(),
  number: z.string().nullable(),
  documentType: z.string().nullable(),
  issuedOn: z.string().nullable(),
  subject: z.string().nullable(),
});
export type DiffDocumentRef = z.infer<typeof DiffDocumentRef>;

const LevelCount = z.object({ old: z.number().int(), new: z.number().int(), matched: z.number().int() });

export const DocumentDiff = z
  .object({
    schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
    old: DiffDocumentRef,
    new: DiffDocumentRef,
    thresholds: z.object({
      match: z.number().describe("Least similarity for a match found by the global pass."),
      parent: z
        .number()
        .describe("Least similarity for a match under matched parents or at the same address."),
      law: z
        .number()
        .describe(
          "Least similarity for a law's clause or point at the same address (Điều 36.1.đ): an amendment may rewrite it almost whole.",
        ),
      contained: z
        .number()
        .describe("Least share of an item's words found in the other side's item, for split and merged."),
    }),
    summary: z.object({
      counts: z.record(ChangeType, z.number().int()).describe("Changes carrying each type."),
      levels: z.record(DiffLevel, LevelCount).describe("Items on each side and matched pairs, per level."),
    }),
    changes: z
      .array(Change)
      .describe("Per level, in the new document's order; removed items sit where they stood."),
  })
  .meta({ id: "DocumentDiff", description: "What changed between two documents (vanban diff)." });
export type DocumentDiff = z.infer<typeof DocumentDiff>;
