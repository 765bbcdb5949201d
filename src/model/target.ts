import { z } from "zod";
import { Comparator } from "../text/comparators.js";
import { Evaluation } from "../text/evaluation.js";
import { Lines } from "./block.js";

export { Comparator };

/** When a target applies: a year, a span, "hằng năm", or an average per year over a span. */
export const Period = z.object({
  raw: z
    .string()
    .describe(
      'The words the period was read from ("giai đoạn 2026 - 2030", "đến năm 2030", a column label).',
    ),
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  average: z.boolean().describe('"bình quân": the value is a yearly average over the span.'),
  recurring: z.boolean().describe('"hằng năm", "mỗi năm": the value applies to every year.'),
});
export type Period = z.infer<typeof Period>;

export const Target = z
  .object({
    id: z.string(),
    indicator: z
      .string()
      .describe("The indicator as printed (clause text before the value, or the table's Chỉ tiêu cell)."),
    indicatorKey: z
      .string()
      .describe(
        'A key shared across documents: diacritics, tone, period words and synonyms folded ("GRDP bình quân/người" = "GRDP bình quân đầu người").',
      ),
    comparator: Comparator.nullable(),
    value: z.number().nullable(),
    valueMax: z.number().nullable().describe('The upper bound of a range ("180.000 đến 190.000").'),
    stretch: z.number().nullable().describe('The "phấn đấu" value beside the committed one.'),
    unit: z
      .string()
      .nullable()
      .describe("Normalised: %, %/năm, USD/người, tỷ đồng, tỷ USD, triệu tấn, triệu lượt, ‰ …"),
    unitRaw: z.string().nullable().describe("The unit as printed."),
    period: Period.nullable(),
    basis: z.string().nullable().describe('What the value is measured against ("so với năm 2020").'),
    achieved: z
      .object({ raw: z.string(), value: z.number().nullable() })
      .nullable()
      .describe("From a results table: the value reached."),
    evaluation: Evaluation.nullable(),
    raw: z.string().describe("The clause or table row the target was read from."),
    source: z.object({
      kind: z.enum(["text", "table"]),
      nodeId: z.string().describe("The node holding the text, or the table's node."),
      recordId: z.string().nullable().describe("For a table: the record."),
      lines: Lines,
    }),
  })
  .meta({
    id: "Target",
    description: "A quantitative target (chỉ tiêu) with its value, unit, period and source.",
  });
export type Target = z.infer<typeof Target>;
