import type { Period } from "../model/target.js";

/** How a target reads in a table cell: "≥ 13 (phấn đấu 14)", "180.000–190.000". */
const SIGN: Record<string, string> = { eq: "", gte: "≥ ", gt: "> ", lte: "≤ ", lt: "< ", approx: "≈ ", range: "" };

export function formatNumber(n: number | null): string {
  if (n === null) return "";
  const [int, frac] = String(n).split(".");
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}${frac ? `,${frac}` : ""}`;
}

export function formatValue(t: { comparator: string | null; value: number | null; valueMax: number | null; stretch: number | null }): string {
  const base = t.valueMax !== null ? `${formatNumber(t.value)}–${formatNumber(t.valueMax)}` : `${SIGN[t.comparator ?? "eq"] ?? ""}${formatNumber(t.value)}`;
  return t.stretch !== null ? `${base} (phấn đấu ${formatNumber(t.stretch)})` : base;
}

export function formatPeriod(p: Period | null): string {
  if (!p) return "";
  const span = p.from !== null && p.to !== null && p.from !== p.to ? `${p.from}–${p.to}` : p.to !== null ? (p.from === p.to ? `${p.to}` : `đến ${p.to}`) : p.from !== null ? `${p.from}` : "";
  return [p.recurring ? "hằng năm" : "", p.average ? "bình quân/năm" : "", span].filter(Boolean).join(" ");
}

export const EVALUATION_LABEL: Record<string, string> = { achieved: "Đạt", notAchieved: "Không đạt", exceeded: "Vượt", mostlyAchieved: "Cơ bản đạt" };
