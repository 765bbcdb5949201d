import { z } from "zod";

/** How much a document problem matters: `error` makes the document `failed`, `warning` makes it `partial`. */
export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = z
  .object({
    severity: Severity,
    ruleId: z.string().regex(/^[a-z][a-z0-9-]*$/),
    reason: z.string(),
    line: z.number().int().positive().nullable(),
    page: z.number().int().positive().nullable().optional(),
    stage: z.string(),
  })
  .describe("A problem found in a document: it is reported and the run carries on.");
export type Diagnostic = z.infer<typeof Diagnostic>;
