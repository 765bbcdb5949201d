import { z } from "zod";
import { Evaluation } from "../text/evaluation.js";
import { Comparator, Period } from "./target.js";

/** One target of one document, as a row of an indicator's timeline. */
export const TimelineRow = z.object({
  document: z.string().describe("The document's number (số ký hiệu), or its file name when it prints none."),
  path: z.string(),
  issuedOn: z.string().nullable(),
  indicator: z.string().describe("As printed in this document."),
  period: Period.nullable(),
  comparator: Comparator.nullable(),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  stretch: z.number().nullable(),
  unit: z.string().nullable(),
  achieved: z.number().nullable(),
  evaluation: Evaluation.nullable(),
  targetId: z.string(),
  raw: z.string(),
});
export type TimelineRow = z.infer<typeof TimelineRow>;

export const TargetTimeline = z
  .object({
    schemaVersion: z.string(),
    documents: z.array(
      z.object({
        document: z.string(),
        path: z.string(),
        issuedOn: z.string().nullable(),
        targets: z.number().int(),
      }),
    ),
    indicators: z.array(
      z.object({
        indicatorKey: z.string(),
        label: z.string().describe("The indicator as the earliest document prints it."),
        documentCount: z.number().int(),
        rows: z.array(TimelineRow).describe("Ordered by document date, then period."),
      }),
    ),
  })
  .meta({
    id: "TargetTimeline",
    description: "Every indicator's targets across documents (vanban targets).",
  });
export type TargetTimeline = z.infer<typeof TargetTimeline>;
