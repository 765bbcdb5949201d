import { describe, expect, it } from "vitest";
import type { TableBlock } from "../../src/model/block.js";
import { Reporter } from "../../src/model/reporter.js";
import { buildTable, gridRows } from "../../src/stages/tables/build.js";

const cell = (text: string, span: { colSpan?: number; rowSpan?: number } = {}) => ({
  text,
  lines: [1],
  ...span,
});

/** A grid as an HTML, DOCX or PDF reader gives it: merged cells carry spans. */
const grid: TableBlock = {
  kind: "table",
  layout: "pipe",
  lines: [1, 2, 3, 4, 5],
  rows: [
    { cells: [cell("TT"), cell("Nhiệm vụ"), cell("Cơ quan chủ trì"), cell("Thời hạn")], lines: [1] },
    { cells: [cell("I. Nhóm nhiệm vụ về thể chế", { colSpan: 4 })], lines: [2] },
    {
      cells: [cell("1"), cell("Rà soát quy hoạch"), cell("Sở Xây dựng", { rowSpan: 2 }), cell("Quý II/2025")],
      lines: [3],
    },
    { cells: [cell("2"), cell("Lập đề án"), cell("Năm 2025")], lines: [4] },
    { cells: [cell("3"), cell("Kiểm tra"), cell("Sở Nội vụ"), cell("Tháng 6/2025")], lines: [5] },
  ],
};

describe("grids with spans", async () => {
  it("expands column spans to empty cells and repeats row spans down the rows they cover", async () => {
    expect(gridRows(grid).map((r) => r.cells)).toEqual([
      ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
      ["I. Nhóm nhiệm vụ về thể chế", "", "", ""],
      ["1", "Rà soát quy hoạch", "Sở Xây dựng", "Quý II/2025"],
      ["2", "Lập đề án", "Sở Xây dựng", "Năm 2025"],
      ["3", "Kiểm tra", "Sở Nội vụ", "Tháng 6/2025"],
    ]);
  });
  it("reads a spanning row as a group and a merged lead cell as every covered task's lead", async () => {
    const table = buildTable(grid, { id: "t", nodeId: "t", appendix: null, title: null }, new Reporter());
    expect(table.groups.map((g) => g.title)).toEqual(["I. Nhóm nhiệm vụ về thể chế"]);
    expect(table.records.map((r) => (r.kind === "tasks" ? [r.no, r.lead?.agencies, r.group] : null))).toEqual(
      [
        ["1", ["Sở Xây dựng"], ["I. Nhóm nhiệm vụ về thể chế"]],
        ["2", ["Sở Xây dựng"], ["I. Nhóm nhiệm vụ về thể chế"]],
        ["3", ["Sở Nội vụ"], ["I. Nhóm nhiệm vụ về thể chế"]],
      ],
    );
  });
});
