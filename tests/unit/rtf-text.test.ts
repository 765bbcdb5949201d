import { describe, expect, it } from "vitest";
import { rtfText } from "../../src/stages/read/rtf/text.js";
import { joinCellParagraphs } from "../../src/stages/read/doc/cell-rows.js";

// Rows as Word 97 writes them in RTF (Thông tư 99/1998/TT-BTC, Mẫu số 1b): one row whose cells stack
// their lines as paragraphs, "1 ⏎ 2 ⏎ 3" beside "Doanh thu ⏎ Tỷ lệ ⏎ Thu nhập".
const row = (cells: string[]) =>
  `\\trowd\\cellx1000\\cellx5000 ${cells.map((c) => `\\pard\\intbl {${c}\\cell }`).join("")}\\pard\\intbl {\\row }`;

describe("RTF tables", () => {
  it("keeps a row whose cells hold several paragraphs on one line, its cells apart by tabs", () => {
    const rtf = `{\\rtf1\\ansi ${row(["STT", "Chỉ tiêu"])}${row(["1\\par 2\\par 3", "Doanh thu\\par Tỷ lệ\\par Thu nhập"])}\\pard Sau bảng.\\par}`;
    // The reader gives cells as word-extractor gives a Word 97 row; the rows are then set on lines.
    expect(rtfText(rtf).split("\n")).toEqual([
      "STT\tChỉ tiêu\t",
      "1",
      "2",
      "3\tDoanh thu",
      "Tỷ lệ",
      "Thu nhập\t",
      "Sau bảng.",
      "",
    ]);
    expect(joinCellParagraphs(rtfText(rtf)).split("\n")).toEqual([
      "STT\tChỉ tiêu\t",
      "1 2 3\tDoanh thu Tỷ lệ Thu nhập\t",
      "Sau bảng.",
      "",
    ]);
  });

  it("ends a cell's paragraphs with the group that set them in the table", () => {
    const rtf =
      "{\\rtf1 {\\trowd {\\intbl STT\\cell}{\\intbl Tên\\cell}\\row}Điều 2. Sau bảng\\par Khoản một\\par}";
    expect(rtfText(rtf).split("\n")).toEqual(["STT\tTên\t", "Điều 2. Sau bảng", "Khoản một", ""]);
  });

  it("breaks lines outside a table at every paragraph", () => {
    expect(rtfText("{\\rtf1 Một\\par Hai\\line Ba\\par}").split("\n")).toEqual(["Một", "Hai", "Ba", ""]);
  });
});

describe("RTF list labels and layout rows", () => {
  it("reads a list item's printed label with its text, not as a cell", () => {
    // LibreOffice writes Word's automatic numbers so: "{\listtext\pard\plain 1.\tab}".
    const rtf =
      "{\\rtf1 {\\listtext\\pard\\plain  1.\\tab}Thống nhất việc giải thể\\par {\\listtext a)\\tab}Hội Làm vườn\\par}";
    expect(rtfText(rtf).split("\n")).toEqual([" 1. Thống nhất việc giải thể", "a) Hội Làm vườn", ""]);
  });

  it("sets a signature row's cells side by side: the signer's name in its column", async () => {
    // Nghị định 30/2020/NĐ-CP saved as RTF by LibreOffice: "Nơi nhận" and the recipients in one
    // cell, "TM. CHÍNH PHỦ" ⏎ "THỦ TƯỚNG" ⏎ "(Đã ký)" ⏎ "Nguyễn Xuân Phúc" in the other.
    const { convert } = await import("../../src/pipeline/runner.js");
    const body =
      "{\\rtf1 CHÍNH PHỦ\\par Số: 30/2020/NĐ-CP\\par Hà Nội, ngày 05 tháng 3 năm 2020\\par NGHỊ ĐỊNH\\par Về công tác văn thư\\par " +
      "Điều 1. Phạm vi điều chỉnh\\par Nghị định này quy định về công tác văn thư.\\par " +
      "\\trowd\\cellx4000\\cellx9000 \\pard\\intbl {Nơi nhận:\\par - Ban Bí thư Trung ương Đảng;\\par - Lưu: VT, TCCV.\\cell }" +
      "\\pard\\intbl {TM. CHÍNH PHỦ\\par THỦ TƯỚNG\\par (Đã ký)\\par Nguyễn Xuân Phúc\\cell }\\pard\\intbl {\\row }}";
    // As an RTF writer escapes them: every character beyond printable ASCII as \uN with a "?" for older readers.
    const escaped = body.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0)}?`);
    const { document } = await convert({
      bytes: new TextEncoder().encode(escaped),
      path: "nd30.rtf",
      format: "rtf",
    });
    expect(document.metadata.signer).toMatchObject({ name: "Nguyễn Xuân Phúc" });
    expect(document.metadata.recipients).toContain("Ban Bí thư Trung ương Đảng");
  });
});
