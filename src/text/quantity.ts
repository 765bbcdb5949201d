import type { Comparator } from "./comparators.js";
import { parseVietnameseNumber } from "./numbers.js";

/**
 * A number as printed in a cell or a sentence, with its comparator and the raw text kept:
 * "12,50", "> 10", "≤ 3,5", "45-46", "15/15", "51.000, phấn đấu 55.000", "11.887.000 (500 triệu USD)".
 * Targets (issue: chỉ tiêu) build on this; here it types table cells.
 */

export interface Quantity {
  raw: string;
  comparator: Comparator | null;
  value: number | null;
  valueMax: number | null;
  /** The "phấn đấu" value in "51.000, phấn đấu 55.000". */
  stretch: number | null;
}

const NUM = String.raw`[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[+-]?\d+(?:,\d+)?`;
const SIGNS: [RegExp, Comparator][] = [
  [/^(≥|>=|tối thiểu|ít nhất|từ)\s*/iu, "gte"],
  [/^(≤|<=|tối đa|không quá)\s*/iu, "lte"],
  [/^(>|trên|lớn hơn|hơn)\s*/iu, "gt"],
  [/^(<|dưới|nhỏ hơn)\s*/iu, "lt"],
  [/^(khoảng|gần|xấp xỉ|~)\s*/iu, "approx"],
];

// Made once: the function runs on every value cell of every table.
const RANGE = new RegExp(String.raw`^(${NUM})\s*%?\s*(?:-|–|đến)\s*(${NUM})`, "u");
const FIRST = new RegExp(String.raw`^(${NUM})(?![\d/])`, "u");
const STRETCH = new RegExp(String.raw`ph[ấầ]n đ[ấầ]u\s*(?:đạt\s*)?(${NUM})`, "iu");

export function parseQuantity(raw: string): Quantity | null {
  const text = raw.trim();
  if (!text || !/\d/.test(text)) return null;
  let rest = text.replace(/\s+/g, " ");
  let comparator: Comparator | null = null;
  for (const [re, c] of SIGNS) {
    const m = re.exec(rest);
    if (m) {
      comparator = c;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const range = RANGE.exec(rest);
  if (range) {
    return {
      raw: text,
      comparator: "range",
      value: parseVietnameseNumber(range[1]!),
      valueMax: parseVietnameseNumber(range[2]!),
      stretch: null,
    };
  }
  const first = FIRST.exec(rest);
  if (!first) return null;
  const stretch = STRETCH.exec(rest);
  const after = rest.slice(first[0].length).trim();
  if (/^trở lên|^trở lên/u.test(after)) comparator ??= "gte";
  return {
    raw: text,
    comparator: comparator ?? "eq",
    value: parseVietnameseNumber(first[1]!),
    valueMax: null,
    stretch: stretch ? parseVietnameseNumber(stretch[1]!) : null,
  };
}
