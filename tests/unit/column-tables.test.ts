import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertFile, readStage, Reporter } from "../../src/index.js";
import { ownedLines } from "../helpers.js";
import { columnTables } from "../../src/stages/read/text/column-tables.js";

// Tables that `pdftotext -layout` printed with spaces, from the text versions of Kế hoạch 1105/KH-ĐKT
// and Quyết định 1050/QĐ-SCT (tests/corpus): cells wrapped over lines, each row's number printed at
// the row's middle, and one table whose rows stand between blank lines.
const CORPUS = join(import.meta.dirname, "..", "corpus");
const PLAN = join(CORPUS, "ke-hoach-1105-KH-DKT-2026_lao-cai-kiem-tra-vlncn_van-ban-text.txt");
const DECISION = join(CORPUS, "quyet-dinh-1050-QD-SCT-2026_lao-cai-kiem-tra-vlncn_van-ban-text.txt");

describe("a table laid out with spaces (pdftotext -layout)", () => {
  it("names its columns from a header of three lines whose 'TT' sits on the middle one", () => {
    const [table] = columnTables(readFileSync(PLAN, "utf8").split("\n"));
    expect(table!.rows[0]!.cells).toEqual([
      "TT",
      "Tên đơn vị được kiểm tra",
      "Đối tượng kiểm tra",
      "Thời gian công bố Quyết định kiểm tra",
      "Thời hạn kiểm tra",
    ]);
  });

  it("cuts rows so that each number is at its row's middle, and cells at the borders the lines leave free", async () => {
    const { document } = await convertFile(PLAN, { ocr: "off" });
    const table = document.appendices[0]!.tables[0]!;
    const rows = table.records.map((r) => Object.values(r.cells));
    expect(rows.map((r) => r[0])).toEqual(["1", "2", "3"]);
    expect(rows.map((r) => r[1])).toEqual([
      "Công ty cổ phần xây dựng giao thông Yên Bái",
      "Tổng công ty xây dựng Trường Sơn",
      "Công ty TNHH Hiệp Phú",
    ]);
    // "Tổng công ty xây Nội Bài - Lào Cai (IC15)": the unit's name runs up to the next column's text.
    expect(rows[1]![2]).toMatch(
      /^Gói thầu số 16 .* Nội Bài - Lào Cai \(IC15\) xã Nậm Có, tỉnh Lào Cai Gói thầu số 23/,
    );
    expect(rows.map((r) => r[3])).toEqual(["23/3/2026", "25/3/2025", "27/3/2025"]);
    // The note under the table is not a row.
    expect(JSON.stringify(table.records)).not.toContain("Nếu có sự thay đổi");
  });

  it("takes rows apart at blank lines, with the number on any line of its row", async () => {
    const { document } = await convertFile(DECISION, { ocr: "off" });
    const records = document.appendices[0]!.tables[0]!.records;
    expect(records.map((r) => r.no)).toEqual(["1", "2", "3"]);
    expect(Object.values(records[1]!.cells)[2]).toBe(
      "KM6+500, Đại lộ Thăng Long, phường Xuân Phương, thành phố Hà Nội",
    );
  });

  it("stays lossless: every line of a row is owned, by the table, once", async () => {
    for (const path of [PLAN, DECISION]) {
      const blocks = await readStage.run(
        new Uint8Array(readFileSync(path)),
        { format: "text" },
        {
          report: new Reporter(),
        },
      );
      const { document } = await convertFile(path, { ocr: "off" });
      const owned = new Set(ownedLines(document));
      expect([...owned].sort((a, b) => a - b)).toEqual(blocks.contentLines);
    }
  });

  it("finds no such table in the samples' texts", () => {
    for (const f of ["bao-cao-chinh-tri-hai-phong-2025.txt", "07-NQ-CP-2025.txt", "03-CT-UBND-2025.txt"])
      expect(
        columnTables(readFileSync(join(import.meta.dirname, "..", "..", "samples", f), "utf8").split("\n")),
      ).toEqual([]);
  });
});
