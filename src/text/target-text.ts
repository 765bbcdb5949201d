import { COMPARATOR_SIGN, type Comparator } from "./comparators.js";

/**
 * How a value and a period read to a Vietnamese reader: "≥ 13 (phấn đấu 14)", "180.000–190.000",
 * "bình quân/năm 2026–2030". The diff compares these printed forms, and every emitter shows them.
 */

/** A period as the model holds it (structurally, so this module needs nothing of the model). */
interface PeriodLike {
  from: number | null;
  to: number | null;
  average: boolean;
  recurring: boolean;
}

export function formatNumber(n: number | null): string {
  if (n === null) return "";
  const [int, frac] = String(n).split(".");
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}${frac ? `,${frac}` : ""}`;
}

export function formatValue(t: {
  comparator: Comparator | null;
  value: number | null;
  valueMax: number | null;
  stretch: number | null;
}): string {
  const base =
    t.valueMax !== null
      ? `${formatNumber(t.value)}–${formatNumber(t.valueMax)}`
      : `${COMPARATOR_SIGN[t.comparator ?? "eq"]}${formatNumber(t.value)}`;
  return t.stretch !== null ? `${base} (phấn đấu ${formatNumber(t.stretch)})` : base;
}

export function formatPeriod(p: PeriodLike | null): string {
  if (!p) return "";
  const span =
    p.from !== null && p.to !== null && p.from !== p.to
      ? `${p.from}–${p.to}`
      : p.to !== null
        ? p.from === p.to
          ? `${p.to}`
          : `đến ${p.to}`
        : p.from !== null
          ? `${p.from}`
          : "";
  return [p.recurring ? "hằng năm" : "", p.average ? "bình quân/năm" : "", span].filter(Boolean).join(" ");
}
