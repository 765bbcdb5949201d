import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gridTables } from "../../src/stages/read/grid-tables.js";
import { convertText, rules } from "../helpers.js";

// A Word file turned into plain text by pandoc (`pandoc -t plain`) draws its tables as grids:
// borders of "+---+", cells between bars, a cell of several lines when the Word cell held several
// paragraphs. The fixture is the draft Kế hoạch of Sở Công Thương Lào Cai (tests/corpus, `-thang4`)
// so converted: the signature beside the recipients in a grid, the appendix's task table in another.
const PLAIN = readFileSync(
  join(import.meta.dirname, "..", "fixtures", "layouts", "pandoc-plain-grid-tables.txt"),
  "utf8",
);

describe("grid tables in plain text", () => {
  it("reads the signature and the recipients out of the grid that holds them", async () => {
    const { metadata } = await convertText(PLAIN);
    expect(metadata.signer).toMatchObject({
      capacity: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      name: "Hoàng Văn Thuân",
    });
    expect(metadata.recipients[0]).toBe("Ban Giám đốc Sở");
    expect(metadata.documentType).toBe("KẾ HOẠCH");
  });

  it("reads a task table's rows of several lines as one record each", async () => {
    const doc = await convertText(PLAIN);
    const table = doc.appendices[0]!.tables[0]!;
    expect(table.columns.map((c) => c.label)).toEqual([
      "TT",
      "Nhiệm vụ thực hiện",
      "Người thực hiện",
      "Ghi chú",
    ]);
    expect(table.records.map((r) => r.no)).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."]);
    // Row 1 prints its three people on three lines of the cell.
    expect(table.records[0]!.cells).toMatchObject({
      task: "Rà soát việc đáp ứng các điều kiện của học viên",
      "nguoi-thuc-hien": "Đỗ Mạnh Cường Vũ Việt Linh Nguyễn Thị Loan",
    });
    expect(rules(doc)).not.toContain("table-fragment");
  });

  it("takes a header grid's rule lines ('^(_____)') for rules, not text", async () => {
    const doc = await convertText(`+-----------------------+----------------------------------------------+
| CHÍNH PHỦ             | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM           |
|                       |                                              |
| ^(_______)            | Độc lập - Tự do - Hạnh phúc                  |
|                       |                                              |
| Số: 30/2020/NĐ-CP     | ^(________________________________________)  |
|                       |                                              |
|                       | Hà Nội, ngày 05 tháng 3 năm 2020             |
+-----------------------+----------------------------------------------+

NGHỊ ĐỊNH

Về công tác văn thư

Điều 1. Phạm vi điều chỉnh

Nghị định này quy định về công tác văn thư.
`);
    expect(doc.metadata).toMatchObject({
      issuer: "CHÍNH PHỦ",
      documentNumber: "30/2020/NĐ-CP",
      place: "Hà Nội",
      issuedOn: "2020-03-05",
      subject: "Về công tác văn thư",
    });
  });

  it("is no grid unless a border closes it; a cell's lines wrap one paragraph until an empty one", () => {
    expect(gridTables(["+----+----+", "| a  | b  |", "Văn bản tiếp theo."])).toEqual([]);
    const closed = [
      "+----+----+",
      "| a  | b  |",
      "|    | c  |",
      "|    |    |",
      "|    | d  |",
      "+====+====+",
      "| 1  | 2  |",
      "+----+----+",
    ];
    expect(gridTables(closed)).toEqual([
      {
        from: 1,
        to: 8,
        rows: [
          { lines: [2, 3, 4, 5], cells: [["a"], ["b c", "d"]] },
          { lines: [7], cells: [["1"], ["2"]] },
        ],
      },
    ]);
  });
});
