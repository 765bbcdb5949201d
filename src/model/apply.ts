import { z } from "zod";

/** Bumped on any change a consumer of apply.json could notice. */
export const APPLY_SCHEMA_VERSION = "1.0.0";

export const InstructionKind = z
  .enum(["replace", "replaceTitle", "insert", "repeal", "replacePhrase", "removePhrase", "unknown"])
  .describe(
    "replace: sửa đổi, bổ sung / thay thế a place with quoted text; replaceTitle: a new article title; insert: bổ sung a new place after, before or at the end of another; repeal: bãi bỏ; replacePhrase / removePhrase: thay / bỏ cụm từ; unknown: an instruction the tool could not read.",
  );

export const AppliedChange = z.object({
  amending: z.string().describe("The amending document's number, or its path when it has none."),
  at: z.string().describe('Where the instruction sits in the amending document: "Điều 1 khoản 2 điểm a".'),
  line: z.number().int().positive().describe("Its line in the amending document's source."),
  instruction: z.string().describe("The instruction's words as printed."),
  kind: InstructionKind,
  targets: z.array(z.string()).describe('The places it names: "khoản 2 Điều 5", "Điều 54a".'),
  status: z
    .enum(["applied", "partlyApplied", "notApplied"])
    .describe("partlyApplied: done at the places the base holds, the others named in `reason`."),
  reason: z
    .string()
    .optional()
    .describe("Why it was not applied, or not everywhere: never guessed, always said."),
  nodes: z
    .array(z.string())
    .optional()
    .describe("Ids of the consolidated document's nodes the change made or touched."),
});
export type AppliedChange = z.infer<typeof AppliedChange>;

export const ApplyReport = z
  .object({
    schemaVersion: z.literal(APPLY_SCHEMA_VERSION),
    base: z.object({ path: z.string(), sha256: z.string(), number: z.string().nullable() }),
    amending: z.array(z.object({ path: z.string(), sha256: z.string(), number: z.string().nullable() })),
    summary: z.object({
      instructions: z.number().int(),
      applied: z.number().int(),
      partlyApplied: z.number().int(),
      notApplied: z.number().int(),
    }),
    changes: z.array(AppliedChange).describe("Every instruction, in the amending documents' order."),
  })
  .meta({
    id: "ApplyReport",
    description:
      "What vanban apply did to a base document: each amending instruction, applied or not, with where it came from.",
  });
export type ApplyReport = z.infer<typeof ApplyReport>;
