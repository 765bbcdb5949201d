import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertFile } from "../../src/index.js";
import { find, VLNCN_COLUMNS } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..");

// word-extractor took every character sprm ending in the bits of sprmCFRMarkDel for a tracked
// deletion, letter spacing (sprmCDxaSpace) among them, and left that text out.
describe("a Word 97–2003 run with letter spacing", () => {
  it("keeps its text: the header of a file LibreOffice saved", async () => {
    const { document: doc } = await convertFile(
      join(ROOT, "fixtures/layouts/libreoffice-letter-spacing.doc"),
      {
        ocr: "off",
      },
    );
    // Printed "UBND TỈNH LÀO CAI" ⏎ "SỞ CÔNG THƯƠNG", "THÔNG BÁO"; the subject with its typo ("công ghiệp").
    expect(doc.metadata).toMatchObject({
      issuer: "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG",
      documentType: "THÔNG BÁO",
      place: "Lào Cai",
      subject:
        "Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng và bảo quản vật liệu nổ công ghiệp",
    });
  });

  it("keeps a point of a law Word saved (Luật Hợp tác xã 2003, Điều 46)", async () => {
    const { document: doc } = await convertFile(join(ROOT, "corpus/luat-18-QH11-2003_hop-tac-xa_tcvn3.doc"), {
      ocr: "off",
    });
    // Khoản 1 lists a) to h); a) was set in letter spacing.
    const clause = find(doc, "art-46.1");
    expect(clause?.children.map((n) => n.label).slice(0, 2)).toEqual(["a)", "b)"]);
    expect(clause?.children[0]?.text).toMatch(
      /^Ban hành, phổ biến và tổ chức thực hiện các văn bản pháp luật về hợp tác xã/u,
    );
    expect(doc.status).toBe("ok");
  });
});

describe("a Word 97–2003 layout row whose last cell holds several paragraphs", () => {
  it("keeps the cell's later paragraphs in its column: the signer's name under the capacity", async () => {
    const { joinCellParagraphs } = await import("../../src/stages/read/doc/cell-rows.js");
    // As word-extractor gives the row: cells end with a tab, a cell's paragraphs keep their breaks.
    expect(joinCellParagraphs("- Lưu: Văn thư, KTN (5b).\tTHỦ TƯỚNG\n\n\nNguyễn Tấn Dũng\t\n")).toBe(
      "- Lưu: Văn thư, KTN (5b).\tTHỦ TƯỚNG\n\t\n\t\n\tNguyễn Tấn Dũng\n",
    );
    // The header's row, whose first cell holds several paragraphs, stays as the library gave it.
    const header = "THỦ TƯỚNG CHÍNH PHỦ\n--------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n";
    expect(joinCellParagraphs(header)).toBe(header);
  });

  it("reads the signer of a file LibreOffice saved (Chỉ thị 07/CT-TTg)", async () => {
    const { document: doc } = await convertFile(
      join(ROOT, "fixtures/layouts/libreoffice-signature-cell.doc"),
      {
        ocr: "off",
      },
    );
    expect(doc.metadata.signer).toMatchObject({ capacity: ["THỦ TƯỚNG"], name: "Nguyễn Tấn Dũng" });
    expect(doc.metadata.recipients.at(-1)).toMatch(/^Lưu: Văn thư, KTN/);
  });
});

describe("a Word 97–2003 table row whose properties are kept in the Data stream", () => {
  it("ends where the row ends: four rows under a header of two levels, not one line", async () => {
    const { document: doc } = await convertFile(join(ROOT, "fixtures/layouts/libreoffice-wide-table.doc"), {
      ocr: "off",
    });
    const table = doc.tables[0]!;
    expect(table.columns.map((c) => c.label)).toEqual(VLNCN_COLUMNS);
    // As printed: "1 | Tìm kiếm, thăm dò, khai thác khoáng sản trên đất liền | 40 | 50 | 11 | 00 | 39" … row 4.
    const rows = table.records.map((r) => table.columns.map((c) => r.cells[c.key]));
    expect(rows.map((r) => r[0])).toEqual(["1", "2", "3", "4"]);
    expect(rows[0]).toEqual([
      "1",
      "Tìm kiếm, thăm dò, khai thác khoáng sản trên đất liền",
      "40",
      "50",
      "11",
      "00",
      "39",
    ]);
    expect(rows[3]![1]).toBe("Sử dụng tiền chất thuốc nổ sử dụng để sản xuất VLNCN");
  });
});

describe("a form's table whose two header rows name columns the vocabulary does not know", () => {
  it("reads both rows as its header, the row under spans of the first (TT 169/1998, Mẫu số 03)", async () => {
    const { document: doc } = await convertFile(
      join(ROOT, "corpus/thong-tu-169-TT-BTC-1998_thue-nha-thau-nuoc-ngoai_tcvn3.doc"),
      { ocr: "off" },
    );
    const table = doc.appendices.find((a) => a.nodeId === "appendix-mau-03")!.tables[0]!;
    // Printed: "Nội dung công việc | Hợp đồng số... ngày... | … | Thuế GTGT | Thuế TNDN" over
    // "Tỷ lệ ấn định GTGT | GTGT | …"; then "- Nhà thầu A …", "- Nhà thầu B …", "Cộng".
    expect(table.columns[0]!.label).toBe("Nội dung công việc");
    expect(table.columns.map((c) => c.label)).toContain("Thuế GTGT / Tỷ lệ ấn định GTGT");
    expect(table.records.map((r) => r.cells[table.columns[0]!.key])).toEqual([
      "- Nhà thầu A ....................",
      "- Nhà thầu B ...................",
      "Cộng",
    ]);
  });
});
