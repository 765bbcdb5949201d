import { describe, expect, it } from "vitest";
import { read } from "../helpers.js";

// Shapes from a transcription of Nghị định 30/2020/NĐ-CP, Phụ lục I: forms' keys as pipe tables.
const key = (title: string, n: number) => [
  `| Ô số | : | ${title} |`,
  "| --- | --- | --- |",
  ...Array.from(
    { length: n },
    (_, i) => `| ${i + 1} | : | ${i === n - 2 ? "Nơi nhận" : `Thành phần ${i + 1}`} |`,
  ),
];

describe("pipe tables in Markdown", () => {
  it("reads a form's key holding 'Nơi nhận' among many rows as a table, not as a closing's layout", async () => {
    const blocks = await read(key("Thành phần thể thức văn bản", 14).join("\n"), "markdown");
    const tables = blocks.blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
    expect(tables[0]!.kind === "table" && tables[0]!.rows).toHaveLength(15);
  });

  it("keeps tables of other columns apart, and an empty frame is no table", async () => {
    const text = [
      ...key("Thành phần thể thức văn bản", 8),
      "",
      "|  |",
      "| --- |",
      "",
      "| STT | Thành phần | Loại chữ | Cỡ chữ |",
      "| --- | --- | --- | --- |",
      "| 1 | Quốc hiệu | In hoa | 12 - 13 |",
      "",
      ...key("Thành phần thể thức bản sao", 7),
    ].join("\n");
    const tables = (await read(text, "markdown")).blocks.filter((b) => b.kind === "table");
    expect(tables.map((t) => (t.kind === "table" ? t.rows[0]!.cells.at(-1)!.text : ""))).toEqual([
      "Thành phần thể thức văn bản",
      "Cỡ chữ",
      "Thành phần thể thức bản sao",
    ]);
  });

  it("reads a closing laid out one recipient a row as the page's layout", async () => {
    const text = [
      "|  |  |",
      "| --- | --- |",
      "| **Nơi nhận:** | **KT. BỘ TRƯỞNG** |",
      "| - Thủ tướng Chính phủ; | **THỨ TRƯỞNG** |",
      "| - Các Bộ, cơ quan ngang Bộ; |  |",
      "| - HĐND, UBND các tỉnh; |  |",
      "| - Công báo; |  |",
      "| - Lưu: VT. | **Nguyễn Văn A** |",
    ].join("\n");
    const blocks = (await read(text, "markdown")).blocks;
    expect(blocks.filter((b) => b.kind === "table")).toHaveLength(0);
    expect(blocks.some((b) => b.kind === "text" && b.text === "Nguyễn Văn A")).toBe(true);
  });

  it("keeps one table whose last row is short before its continuation", async () => {
    const text = [
      "| TT | Nội dung | Cơ quan | Thời hạn |",
      "| --- | --- | --- | --- |",
      "| 1 | Rà soát | Sở Y tế | 2025 |",
      "| 2 | Xây dựng | Sở Y tế |",
      "",
      "| 3 | Kiểm tra | Sở Y tế | 2026 |",
      "| --- | --- | --- | --- |",
      "| 4 | Báo cáo | Sở Y tế | 2026 |",
    ].join("\n");
    const tables = (await read(text, "markdown")).blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
  });

  it("still reads a small header table as the page's layout", async () => {
    const text = [
      "| BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
      "| --- | --- |",
      "| Số: 12/2025/TT-BTC | Hà Nội, ngày 3 tháng 3 năm 2025 |",
    ].join("\n");
    const tables = (await read(text, "markdown")).blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(0);
  });
});
