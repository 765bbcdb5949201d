import { type GridRow, numberStyle, type NumberStyle } from "./rows.js";

export interface GroupRow {
  no: string;
  title: string;
}

/**
 * A group row spans the columns: "I | Chỉ tiêu kinh tế | | |", "II Chỉ tiêu xã hội" glued in the first
 * cell, a title repeated in every cell (a merged cell flattened), or "3" above rows numbered "3.1".
 */
export function groupTitle(
  row: GridRow,
  next: GridRow | undefined,
  width: number,
  label: number,
): GroupRow | null {
  const cells = row.cells;
  const no = (cells[0] ?? "").trim();
  const rest = cells.slice(label + 1).filter(Boolean);
  const glued = /^([IVXLC]+|[A-Z])\.?\s+(\S.*)$/u.exec(no);
  if (glued && cells.slice(1).every((c) => !c) && numberStyle(glued[1]!) !== null)
    return { no: glued[1]!, title: `${glued[1]}. ${glued[2]}` };
  const title = cells[label] ?? "";
  if (!title) return null;
  const style = numberStyle(no);
  const format = (n: string) => (/[.)]$/.test(n) ? `${n} ${title}` : `${n}. ${title}`);
  if ((style === "roman" || style === "romanDecimal" || style === "upperLetter") && rest.length === 0)
    return { no, title: format(no) };
  if (rest.length >= 2 && rest.every((c) => c === title) && width > 2)
    return { no, title: no ? format(no) : title };
  const nextNo = (next?.cells[0] ?? "").trim();
  if (style === "decimal" && rest.length === 0 && nextNo.startsWith(`${no}.`))
    return { no, title: format(no) };
  // "2. | Tên cơ quan ban hành | | |" over rows a level deeper that hold the values: "a | Đối với …",
  // or unnumbered "- Tên cơ quan cấp trên …".
  const nextLabel = (next?.cells[label] ?? "").trim();
  const deeper =
    (!nextNo && /^[-–+]\s*\S/.test(nextLabel)) || (style === "decimal" && numberStyle(nextNo) === "letter");
  // "1 | Tỷ lệ chất thải rắn được thu gom và xử lý: | |" announces its own breakdown: a parent record.
  if ((style === "decimal" || style === "letter") && rest.length === 0 && deeper && !/:$/.test(title))
    return { no, title: format(no) };
  return null;
}

/** The group rows open above the current row, outermost first. */
export class GroupPath {
  private readonly open: { style: NumberStyle; title: string }[] = [];

  /** A group numbered in the style of an open one is its sibling: that one and all below it close. */
  enter(group: GroupRow): string[] {
    const style = numberStyle(group.no) ?? "roman";
    const k = this.open.findIndex((g) => g.style === style);
    if (k >= 0) this.open.length = k;
    this.open.push({ style, title: group.title });
    return this.titles();
  }

  /** A record numbered in an open group's style is that group's sibling: the group closes. */
  closeSiblingOf(no: string): void {
    const style = numberStyle(no);
    const k = style === null ? -1 : this.open.findIndex((g) => g.style === style);
    if (k >= 0) this.open.length = k;
  }

  titles(): string[] {
    return this.open.map((g) => g.title);
  }
}
