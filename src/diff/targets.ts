import type { ChangeType, DiffSide } from "../model/diff.js";
import type { Period, Target } from "../model/target.js";
import { formatPeriod, formatValue } from "../text/target-text.js";
import { THRESHOLDS } from "./align.js";
import { round, type Draft } from "./items.js";
import { cosine, Corpus } from "./similarity.js";

function periodKey(p: Period | null): string {
  return p ? JSON.stringify([p.from, p.to, p.average, p.recurring]) : "";
}

function valueKey(t: Target): string {
  return JSON.stringify([t.comparator, t.value, t.valueMax, t.unit]);
}

function sideOf(t: Target, addresses: Map<string, string>): DiffSide {
  const where =
    (t.source.recordId && addresses.get(t.source.recordId)) ??
    addresses.get(t.source.nodeId) ??
    t.source.nodeId;
  return {
    id: t.id,
    address: where,
    context: t.period ? formatPeriod(t.period) : null,
    text: t.indicator,
    lines: t.source.lines,
    fields: {
      value: formatValue(t) || null,
      unit: t.unit,
      period: formatPeriod(t.period) || null,
      raw: t.raw,
    },
  };
}

/** The middle of a range, else the value: what "raised" and "lowered" compare. */
function level(t: Target): number | null {
  if (t.value === null) return null;
  return t.valueMax !== null ? (t.value + t.valueMax) / 2 : t.value;
}

function direction(a: Target, b: Target): "raised" | "lowered" | "same" | "incomparable" {
  const x = level(a);
  const y = level(b);
  if (x === null || y === null || (a.unit ?? "") !== (b.unit ?? "")) return "incomparable";
  return y > x ? "raised" : y < x ? "lowered" : "same";
}

const targetValue = (t: Target) => ({
  comparator: t.comparator,
  value: t.value,
  valueMax: t.valueMax,
  unit: t.unit,
  period: t.period,
});

/**
 * Targets are matched by indicator key and period: the same key and period first (in document
 * order), then the same key with another period (periodChanged), then indicators printed
 * differently but similar in words, with the same unit. What is left is added or removed.
 */
export function targetChanges(
  olds: Target[],
  news: Target[],
  addresses: { old: Map<string, string>; new: Map<string, string> },
): Draft[] {
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: { i: number; j: number; score: number; reason: "indicator" | "similarity" }[] = [];
  const pass = (accept: (a: Target, b: Target) => boolean): void => {
    news.forEach((b, j) => {
      if (usedNew.has(j)) return;
      const i = olds.findIndex((a, k) => !usedOld.has(k) && accept(a, b));
      if (i < 0) return;
      usedOld.add(i);
      usedNew.add(j);
      pairs.push({ i, j, score: 1, reason: "indicator" });
    });
  };
  pass((a, b) => a.indicatorKey === b.indicatorKey && periodKey(a.period) === periodKey(b.period));
  pass((a, b) => a.indicatorKey === b.indicatorKey);
  const corpus = new Corpus([...olds, ...news].map((t) => t.indicator));
  const candidates: { i: number; j: number; score: number }[] = [];
  olds.forEach((a, i) => {
    if (usedOld.has(i)) return;
    news.forEach((b, j) => {
      if (usedNew.has(j) || (a.unit ?? "") !== (b.unit ?? "")) return;
      const s = cosine(corpus.vector(a.indicator), corpus.vector(b.indicator));
      if (s >= THRESHOLDS.match) candidates.push({ i, j, score: s });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const c of candidates) {
    if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
    usedOld.add(c.i);
    usedNew.add(c.j);
    pairs.push({ ...c, reason: "similarity" });
  }

  const out: Draft[] = [];
  for (const p of pairs) {
    const a = olds[p.i]!;
    const b = news[p.j]!;
    const types: ChangeType[] = [];
    if (valueKey(a) !== valueKey(b)) types.push("valueChanged");
    if (periodKey(a.period) !== periodKey(b.period)) types.push("periodChanged");
    out.push({
      level: "target",
      types: types.length ? types : ["unchanged"],
      old: sideOf(a, addresses.old),
      new: sideOf(b, addresses.new),
      score: round(p.score),
      reason: p.reason,
      target: {
        indicatorKey: b.indicatorKey,
        old: targetValue(a),
        new: targetValue(b),
        direction: direction(a, b),
      },
      order: p.j,
    });
  }
  news.forEach((b, j) => {
    if (usedNew.has(j)) return;
    out.push({
      level: "target",
      types: ["added"],
      old: null,
      new: sideOf(b, addresses.new),
      score: null,
      reason: null,
      target: { indicatorKey: b.indicatorKey, old: null, new: targetValue(b), direction: null },
      order: j,
    });
  });
  olds.forEach((a, i) => {
    if (usedOld.has(i)) return;
    out.push({
      level: "target",
      types: ["removed"],
      old: sideOf(a, addresses.old),
      new: null,
      score: null,
      reason: null,
      target: { indicatorKey: a.indicatorKey, old: targetValue(a), new: null, direction: null },
      order: news.length + i,
    });
  });
  return out;
}
