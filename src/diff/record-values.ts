import type { ValueChange } from "../model/diff.js";
import type { TableRecord } from "../model/table.js";
import { parseQuantity } from "../text/quantity.js";
import { parseVietnameseNumber } from "../text/numbers.js";
import { normalizeUnit, unitPrefix } from "../text/units.js";

/** Columns that hold words (the task, its agencies, its deadline): their numbers are not values. */
const WORDS = new Set([
  "no",
  "task",
  "project",
  "lead",
  "partners",
  "deadline",
  "product",
  "submitTo",
  "monitor",
  "note",
]);

/** A cell that is a number and little else: "12.500", "≥ 45", "1.200 tỷ đồng", "45-50". */
const NUMERIC_CELL = /^[\s≥≤<>~]*[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*[\p{L}%/.² ]{0,24}$/u;

const NUMBER_THEN_UNIT = /(?<![\p{L}\p{N}./,-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{N}/])/gu;

interface Value {
  value: number;
  unit: string | null;
}

/** Numbers with a known unit in running text ("12.500 triệu đồng", "45 km"), one per unit or none. */
function textValues(text: string, into: Map<string, Value>): void {
  const seen = new Map<string, number[]>();
  for (const m of text.matchAll(NUMBER_THEN_UNIT)) {
    const unit = unitPrefix(text.slice(m.index + m[0].length));
    const value = parseVietnameseNumber(m[1]!);
    if (!unit || value === null) continue;
    const u = normalizeUnit(unit.trim());
    seen.set(u, [...(seen.get(u) ?? []), value]);
  }
  // Two amounts in one unit ("12 km … 30 km") cannot be paired with the other side's: left out.
  for (const [unit, values] of seen) if (values.length === 1) into.set(unit, { value: values[0]!, unit });
}

/**
 * The values a record states: its number columns (investment, kinh phí, quantities) by column key,
 * and amounts with a unit in its text by unit. Never guessed: a cell that is not a number is left out.
 */
export function recordValues(r: TableRecord): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const [key, cell] of Object.entries(r.cells)) {
    if (WORDS.has(key) || !NUMERIC_CELL.test(cell)) continue;
    const q = parseQuantity(cell);
    // A range ("45-50") has no one number to report; it shows in the word diff.
    if (!q || q.value === null || q.valueMax !== null) continue;
    const after = cell.replace(/^[\s≥≤<>~\d.,–-]+/, "").trim();
    out.set(key, { value: q.value, unit: after ? normalizeUnit(after) : null });
  }
  const main = r.kind === "tasks" ? r.task : r.kind === "projects" ? r.project : null;
  if (main) textValues(main, out);
  return out;
}

/** Every value both records state that differs, in the old record's order. */
export function valueChanges(a: TableRecord, b: TableRecord): ValueChange[] {
  const va = recordValues(a);
  const vb = recordValues(b);
  const out: ValueChange[] = [];
  for (const [field, x] of va) {
    const y = vb.get(field);
    if (y && y.value !== x.value) out.push({ field, old: x.value, new: y.value, unit: y.unit ?? x.unit });
  }
  return out;
}
