import { z } from "zod";
import { parseRoman } from "./roman.js";

/**
 * The numbering styles of Vietnamese legal and administrative texts, one vocabulary for the tree
 * (markers.ts), table row numbers and Word's automatic numbering. Normative texts: Phần / Chương /
 * Mục / Điều / khoản "1." / điểm "a)"; administrative and party texts mix "I.", "A.", "1.", "1.1.",
 * "a)", "(1)", "-", "+". The names are part of document.json (`data.style`).
 */
export const NumberingStyle = z.enum([
  "part", // Phần, PHẦN THỨ NHẤT
  "chapter", // Chương I
  "mucSection", // Mục 1
  "article", // Điều 5.
  "roman", // I. II- III)
  "romanDecimal", // I.1 (table row numbers)
  "upperLetter", // A. B)
  "decimal", // 1.
  "decimal2", // 1.1.
  "decimal3", // 1.1.1.
  "decimal4", // 1.1.1.1.
  "decimalParen", // 1)
  "letter", // a) b) … đ) — the Vietnamese alphabet
  "parenNumber", // (1)
  "dash", // -
  "plus", // +
  "star", // *
]);
export type NumberingStyle = z.infer<typeof NumberingStyle>;

const DECIMAL_DEPTH = ["decimal", "decimal2", "decimal3", "decimal4"] as const;

/** The style of a dotted decimal number by its depth: "1" decimal, "1.2" decimal2 … (deeper stays decimal4). */
export function decimalStyle(depth: number): NumberingStyle {
  return DECIMAL_DEPTH[Math.min(Math.max(depth, 1), 4) - 1]!;
}

/** The style of a table's row number (TT cell): "II", "I.1", "A", "3", "3.1", "a)", "-", "+"; null for none. */
export function rowNumberStyle(no: string): NumberingStyle | null {
  const s = no.trim().replace(/[.)]$/, "");
  if (!s) return null;
  if (/^[IVXLC]+$/.test(s) && parseRoman(s) !== null) return "roman";
  if (/^[IVXLC]+\.\d+$/.test(s)) return "romanDecimal";
  if (/^[A-ZĐ]$/.test(s)) return "upperLetter";
  if (/^\d{1,3}(\.\d{1,3})*$/.test(s)) return decimalStyle(s.split(".").length);
  // "a)", "b." and, alone in a row-number cell, "a".
  if (/^[a-zđ]$/.test(s)) return "letter";
  if (s === "-" || s === "–") return "dash";
  if (s === "+") return "plus";
  return null;
}
