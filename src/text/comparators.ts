import { z } from "zod";

/**
 * How a value relates to its indicator: "tối thiểu 13%" (gte), "dưới 3%" (lt), "khoảng 37" (approx),
 * "45 - 50%" (range). One closed vocabulary for table cells, targets, the timeline and the diff.
 */
export const Comparator = z.enum(["eq", "gte", "gt", "lte", "lt", "approx", "range"]);
export type Comparator = z.infer<typeof Comparator>;

/** The sign a comparator prints before a value ("≥ 13"); eq and range print none. */
export const COMPARATOR_SIGN: Readonly<Record<Comparator, string>> = {
  eq: "",
  gte: "≥ ",
  gt: "> ",
  lte: "≤ ",
  lt: "< ",
  approx: "≈ ",
  range: "",
};
