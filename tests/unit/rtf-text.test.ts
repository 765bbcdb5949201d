import { describe, expect, it } from "vitest";
import { rtfText } from "../../src/stages/read/rtf/text.js";

// Rows as Word 97 writes them in RTF (Thông tư 99/1998/TT-BTC, Mẫu số 1b): one row whose cells stack
// their lines as paragraphs, "1 ⏎ 2 ⏎ 3" beside "Doanh thu ⏎ Tỷ lệ ⏎ Thu nhập".
const row = (cells: string[]) =>
  `\\trowd\\cellx1000\\cellx5000 ${cells.map((c) => `\\pard\\intbl {${c}\\cell }`).join("")}\\pard\\intbl {\\row }`;

describe("RTF tables", () => {
  it("keeps a row whose cells hold several paragraphs on one line, its cells apart by tabs", () => {
    const rtf = `{\\rtf1\\ansi ${row(["STT", "Chỉ tiêu"])}${row(["1\\par 2\\par 3", "Doanh thu\\par Tỷ lệ\\par Thu nhập"])}\\pard Sau bảng.\\par}`;
    expect(rtfText(rtf).split("\n")).toEqual([
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
