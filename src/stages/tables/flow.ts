import type { TableBlock, TableRow } from "../../model/block.js";
import type { Reporter } from "../../model/reporter.js";
import { evaluationPrefix } from "../../text/evaluation.js";
import { FLOW_ROW_START, ROW_NUMBER_HEADER_START } from "../../text/row-numbers.js";
import { columnRoleOf, type ColumnRole } from "../../text/column-roles.js";
import { splitFlowRow, type FlowCells } from "./flow-cells.js";
import { tail } from "../../text/tail.js";

/**
 * A "text-flow" table (one source line per row, positions lost) → an ordinary grid: a header row of
 * column groups, then one row per table row with its cells split by content (number, label, unit,
 * values, verdict). The grid then goes through the same builder as every other layout.
 */
const VERDICT_HEAD = /^(Không|Chưa|Cơ bản)$/u;
const SUB_ROW = /^([-–+](\s|$)|(Tr\.|Trong) đó\b)/u;
/** Column groups as printed at the head of a header cell: capitalised, so "so với mục tiêu" stays inside its cell. */
const GROUP_START =
  /(?<=^|\s)(S?TT|Số TT|Nội dung|Tên chỉ tiêu|Chỉ tiêu|Đơn vị|ĐVT|Mục tiêu|Kế hoạch|Ước thực hiện|Thực hiện|Kết quả|So với|Đánh giá|Ghi chú)(?=\s|$)/gu;
/** Sub-columns under the groups ("Đến 2025 | Bình quân 5 năm"): their positions cannot be recovered. */
const LEAF_START = /(?<=\s)(Đến \d{4}|Bình quân|Ước \d{4}|Năm \d{4}|Cả năm)/u;

export interface FlowColumns {
  labels: string[];
  roles: (ColumnRole | null)[];
  leaves: string | null;
}

export function flowGrid(block: TableBlock, tableId: string, report: Reporter): TableBlock {
  const lines = block.rows.map((r) => ({ text: r.cells[0]?.text ?? "", n: r.lines[0]! }));
  const firstRow = lines.findIndex((l, i) => i > 0 && FLOW_ROW_START.test(l.text));
  const header = flowColumns(joinFlow(lines.slice(0, firstRow).map((l) => l.text)));
  const at = block.lines[0] ?? null;
  if (header.leaves) {
    report.info(
      "table-flow-positions",
      `${tableId}: the text lost column positions; values are placed by order under ${header.labels.filter((_, i) => isValueRole(header.roles[i])).join(" | ")} (sub-columns ${header.leaves} cannot be told apart)`,
      { line: at },
    );
  }
  const rows: TableRow[] = [
    {
      cells: header.labels.map((text) => ({ text, lines: lines.slice(0, firstRow).map((l) => l.n) })),
      lines: lines.slice(0, firstRow).map((l) => l.n),
    },
  ];
  const hasVerdict = header.roles.includes("evaluation");
  for (const row of segmentRows(lines.slice(firstRow), hasVerdict, tableId, report)) {
    const cells = splitFlowRow(row.text, { unit: header.roles.includes("unit"), verdict: hasVerdict });
    rows.push({
      cells: placeCells(cells, header, row.lines, tableId, report).map((text) => ({
        text,
        lines: row.lines,
      })),
      lines: row.lines,
    });
  }
  return { ...block, rows };
}

/** The header's column groups in order; the sub-column line after the last group is kept apart. */
export function flowColumns(text: string): FlowColumns {
  const starts = [...text.matchAll(GROUP_START)].map((m) => m.index);
  if (starts.length === 0) return { labels: [text], roles: [null], leaves: null };
  const last = starts[starts.length - 1]!;
  const leaf = LEAF_START.exec(text.slice(last + 1));
  const cut = leaf ? last + 1 + leaf.index : text.length;
  const labels = starts.map((s, i) => text.slice(s, i + 1 < starts.length ? starts[i + 1] : cut).trim());
  return { labels, roles: labels.map((l) => columnRoleOf(l)), leaves: leaf ? text.slice(cut).trim() : null };
}

const isValueRole = (role: ColumnRole | null | undefined) => role === "value" || role === "achieved";

/** Lines → table rows. A row opens at a number, a group letter, a sub-row mark, or a capitalised line after a complete row. */
function segmentRows(
  lines: { text: string; n: number }[],
  hasVerdict: boolean,
  tableId: string,
  report: Reporter,
): { text: string; lines: number[] }[] {
  const rows: { parts: string[]; lines: number[] }[] = [];
  let inHeader = false;
  const current = () => rows[rows.length - 1];
  const open = (text: string, n: number) => rows.push({ parts: [text], lines: [n] });
  const complete = (r: { parts: string[] }) => {
    const cells = splitFlowRow(joinFlow(r.parts), { unit: true, verdict: hasVerdict });
    return cells.values.length > 0 || cells.verdict !== null;
  };
  for (const line of lines) {
    const { text, n } = line;
    if (ROW_NUMBER_HEADER_START.test(text)) {
      report.info("table-header-repeated", `${tableId}: a header repeated after a page break is dropped`, {
        line: n,
      });
      inHeader = true;
      continue;
    }
    const starts = FLOW_ROW_START.test(text) || SUB_ROW.test(text);
    if (inHeader && !starts) continue;
    inHeader = false;
    const row = current();
    const verdict = hasVerdict ? evaluationPrefix(text) : null;
    if (!starts && row && hasVerdict && VERDICT_HEAD.test(text)) {
      // "Không" | "đạt" wrapped over two lines: the first half still belongs to the row above.
      row.parts.push(text);
      row.lines.push(n);
      continue;
    }
    if (!starts && row && verdict) {
      // "Đạt Tỷ lệ thất nghiệp còn …": the verdict closes the row above; the rest opens the next.
      row.parts.push(verdict.verdict);
      row.lines.push(n);
      if (verdict.rest) open(verdict.rest, n);
      continue;
    }
    if (starts || !row || (complete(row) && /^\p{Lu}/u.test(text))) open(text, n);
    else {
      row.parts.push(text);
      row.lines.push(n);
    }
  }
  return rows.map((r) => ({ text: joinFlow(r.parts), lines: [...new Set(r.lines)] }));
}

/** Joins wrapped cell lines: "8,8%/" + "năm" and "2021-" + "2025" close up; other lines take a space. */
export function joinFlow(parts: string[]): string {
  let out = "";
  for (const p of parts.map((s) => s.trim()).filter(Boolean)) {
    if (!out) out = p;
    else if (/(\/|\d[-–])$/.test(tail(out)) || p.startsWith("/")) out += p;
    else out += ` ${p}`;
  }
  return out.replace(/\s+/g, " ");
}

/** Split cells → the header's columns. Values fill the value groups in order; fewer values than groups leave the middle ones empty. */
function placeCells(
  cells: FlowCells,
  header: FlowColumns,
  lines: number[],
  tableId: string,
  report: Reporter,
): string[] {
  const out = header.roles.map(() => "");
  const valueCols = header.roles.flatMap((r, i) => (isValueRole(r) ? [i] : []));
  header.roles.forEach((role, i) => {
    if (role === "no") out[i] = cells.no;
    else if (role === "unit") out[i] = cells.unit;
    else if (role === "evaluation") out[i] = cells.verdict ?? "";
  });
  const labelCol = header.roles.findIndex((r) => r !== "no");
  if (labelCol >= 0 && !out[labelCol]) out[labelCol] = cells.label;
  const values = cells.values;
  if (values.length > valueCols.length && valueCols.length > 0) {
    report.warn(
      "table-flow-values",
      `${tableId}: a row prints ${values.length} values for ${valueCols.length} value columns; the surplus stays in the last one`,
      { line: lines[0] ?? null },
    );
    const keep = values.slice(0, valueCols.length - 1);
    values.splice(0, values.length, ...keep, values.slice(valueCols.length - 1).join(" "));
  }
  values.forEach((v, k) => {
    // With fewer values than groups the last value is the achieved one (the rightmost group).
    const col = k === values.length - 1 && values.length > 1 ? valueCols[valueCols.length - 1] : valueCols[k];
    if (col !== undefined) out[col] = v;
  });
  return out;
}
