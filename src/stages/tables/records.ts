import type { Column } from "../../model/table.js";
import { type GridRow, numberStyle } from "./rows.js";
import type { RawRecord } from "./typed.js";

/** subRowLevel's level for "Trong đó: …": a breakdown of the record just above, never a parent itself. */
const BREAKDOWN = 4;

/** Records in reading order, with ids unique in the table and sub-rows linked to their parent. */
export class RecordList {
  readonly records: RawRecord[] = [];
  /** Rows a following sub-row may hang under, shallowest first. */
  private readonly open: { level: number; id: string }[] = [];
  private readonly seen = new Map<string, number>();

  constructor(private readonly tableId: string) {}

  last(): RawRecord | undefined {
    return this.records[this.records.length - 1];
  }

  /** Rows under a new group row never belong to a row above it. */
  closeParents(): void {
    this.open.length = 0;
  }

  add(row: GridRow, no: string, sub: number | null, group: string[], columns: Column[]): void {
    const parent = this.parentOf(sub);
    const id = this.nextId(no);
    const record: RawRecord = {
      id,
      no: no || null,
      group,
      parent,
      lines: [...row.lines],
      emphasis: row.emphasis,
      cells: cellsByKey(row, columns),
    };
    if (!record.emphasis) delete (record as { emphasis?: boolean }).emphasis;
    this.records.push(record);
    if (sub !== BREAKDOWN) this.open.push({ level: sub ?? 0, id });
  }

  /** A sub-row hangs under the nearest open row shallower than itself; a new top-level row closes them all. */
  private parentOf(sub: number | null): string | null {
    if (sub === BREAKDOWN) return this.last()?.id ?? null;
    const open = this.open;
    while (open.length && open[open.length - 1]!.level >= (sub ?? 0)) open.pop();
    return sub === null ? null : (open[open.length - 1]?.id ?? null);
  }

  /** The printed number is the id; dash, plus and unnumbered rows get their position; repeats get ~2, ~3. */
  private nextId(no: string): string {
    const style = numberStyle(no);
    const base = `${this.tableId}/${no && style !== "dash" && style !== "plus" ? no.replace(/[.)]$/, "") : `r${this.records.length + 1}`}`;
    const seen = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, seen);
    return seen > 1 ? `${base}~${seen}` : base;
  }
}

/** A row's cells by their column's key (the last of two columns with one key wins, in the first's place). */
function cellsByKey(row: GridRow, columns: Column[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (let i = 0; i < columns.length; i++) cells[columns[i]!.key] = row.cells[i] ?? "";
  return cells;
}
