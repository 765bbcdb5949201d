import { toRoman } from "../../text/roman.js";

/** One level of a Word list: where it starts, how its number is written, its text ("Điều %1."). */
export interface ListLevel {
  start: number;
  /** Word's names (OOXML): decimal, lowerLetter, upperRoman, decimalZero, bullet, none… */
  format: string;
  /** The level's text, each level's number as %1…%9. */
  text: string;
}

/** Word's number formats as Word prints them (its letters are a–z: it knows no Vietnamese alphabet). */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return String.fromCharCode(96 + ((n - 1) % 26) + 1);
    case "upperLetter":
      return String.fromCharCode(64 + ((n - 1) % 26) + 1);
    case "lowerRoman":
      return toRoman(n).toLowerCase();
    case "upperRoman":
      return toRoman(n);
    case "decimalZero":
      return String(n).padStart(2, "0");
    default:
      return String(n);
  }
}

/**
 * Counts one more paragraph of a list at level `ilvl` (deeper levels restart) and returns its label
 * as Word prints it: "-" for a bullet, "" for none, else the level's text with the numbers filled in.
 * `count` is the list's counters, changed in place.
 */
export function nextLabel(levels: Map<number, ListLevel>, count: number[], ilvl: number): string {
  const level = levels.get(ilvl)!;
  count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
  count.length = ilvl + 1;
  if (level.format === "bullet") return "-";
  if (level.format === "none") return "";
  return level.text.replace(/%([1-9])/g, (_m, k: string) => {
    const i = Number(k) - 1;
    const l = levels.get(i);
    return formatNumber(count[i] ?? l?.start ?? 1, l?.format ?? "decimal");
  });
}
