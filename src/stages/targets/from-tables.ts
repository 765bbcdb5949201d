import type { Column, Table, TableRecord } from "../../model/table.js";
import type { Target } from "../../model/target.js";
import { indicatorKey } from "../../text/indicator-key.js";
import { averagedOver, parsePeriod } from "../../text/periods.js";
import { normalizeUnit } from "../../text/units.js";

type IndicatorRecord = Extract<TableRecord, { kind: "indicators" }>;

/**
 * Targets from an indicator table: one per record and plan column ("Kế hoạch năm 2025", "Mục tiêu
 * 2021-2025", "Mục tiêu đến 2030"), with the achieved value and verdict a results table gives. The
 * period comes from the column label, else from the group rows above ("Đến năm 2030").
 */
export function targetsInTable(table: Table): Target[] {
  if (table.kind !== "indicators") return [];
  const planColumns = table.columns.filter((c) => c.numeric && c.key !== "achieved");
  const out: Target[] = [];
  const byId = new Map<string, IndicatorRecord>();
  let previous: IndicatorRecord | null = null;
  // A parent's label is keyed again for each of its sub-rows.
  const keys = new Map<string, string>();
  const keyOf = (label: string) => {
    let key = keys.get(label);
    if (key === undefined) keys.set(label, (key = indicatorKey(label)));
    return key;
  };
  for (const record of table.records) {
    if (record.kind !== "indicators") continue;
    byId.set(record.id, record);
    // A row printing only another unit ("USD 4.800 …") measures the indicator above it.
    const indicator =
      cleanLabel(record.indicator) ?? (record.unit && previous ? cleanLabel(previous.indicator) : null);
    if (!indicator) continue;
    const parent = record.parent ? byId.get(record.parent) : undefined;
    const parentLabel = parent ? cleanLabel(parent.indicator) : null;
    // A record's key and raw text are the same for each of its values: made at its first value.
    let key: string | undefined;
    let raw: string | undefined;
    const achieved = record.values["achieved"] ?? null;
    for (const column of planColumns) {
      const q = record.values[column.key];
      if (!q || q.value === null) continue;
      key ??= parentLabel ? `${keyOf(parentLabel)} / ${keyOf(indicator)}` : keyOf(indicator);
      raw ??= Object.values(record.cells).filter(Boolean).join(" | ");
      out.push({
        id: `${record.id}/${column.key}`,
        indicator,
        indicatorKey: key,
        comparator: q.comparator,
        value: q.value,
        valueMax: q.valueMax,
        stretch: q.stretch,
        // "14,5%/năm" under a "%" unit column says more than the column.
        unit:
          unitInValue(q.raw) === "%/năm"
            ? "%/năm"
            : record.unit
              ? normalizeUnit(record.unit)
              : unitInValue(q.raw),
        unitRaw: record.unit,
        period: periodOf(column, record),
        basis: null,
        achieved: achieved ? { raw: achieved.raw, value: achieved.value } : null,
        evaluation: record.evaluation?.verdict ?? null,
        raw,
        source: { kind: "table", nodeId: table.nodeId, recordId: record.id, lines: record.lines },
      });
    }
    if (record.indicator) previous = record;
  }
  return out;
}

/** "- Công nghiệp", "Trong đó: thu nội địa", "Tr. đó: - Mầm non": the indicator without its row marks. */
function cleanLabel(label: string | null): string | null {
  if (!label) return null;
  const s = label.replace(/^((Trong|Tr\.) đó:?\s*)?[-–+]?\s*/u, "").trim();
  return s || null;
}

function periodOf(column: Column, record: IndicatorRecord): Target["period"] {
  const fromLabel = column.label
    ? (parsePeriod(column.label.split(" / ").pop()!) ?? parsePeriod(column.label))
    : null;
  const fromGroup =
    [...record.group]
      .reverse()
      .map((g) => parsePeriod(g))
      .find(Boolean) ?? null;
  const perYear =
    /\/\s*năm/u.test(record.values[column.key]?.raw ?? "") || /\/\s*năm/u.test(record.unit ?? "");
  return averagedOver(fromLabel ?? fromGroup, perYear);
}

/** "14,5%/năm" in a cell whose row prints no unit. */
function unitInValue(raw: string): string | null {
  const m = /\d\s*(%\/năm|%)/u.exec(raw);
  return m ? m[1]! : null;
}
