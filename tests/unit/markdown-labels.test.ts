import { describe, expect, it } from "vitest";
import { toMarkdownDocument } from "../../src/emit/markdown.js";
import { convertText } from "../helpers.js";

describe("document.md: a numbered item's label and its footnote markers", () => {
  it("puts a marker where the item's text printed it, not one character early", async () => {
    const doc = await convertText(
      [
        "KẾ HOẠCH",
        "Phát triển kinh tế năm 2025",
        "",
        "1. Tổng thu ngân sách bằng 23,5% GDP¹ và tăng 17,4% so với năm trước.",
        "2. Chi ngân sách theo dự toán.",
        "",
        "¹ Số liệu ước tính của Tổng cục Thống kê.",
      ].join("\n"),
    );
    const md = toMarkdownDocument(doc);
    expect(md).toContain("23,5% GDP[^1] và tăng 17,4%");
    expect(md).toContain("[^1]: Số liệu ước tính của Tổng cục Thống kê.");
  });
});

describe("document.md: the document's facts", () => {
  it("gives a draft's place with no date as the place, not as the date", async () => {
    const lines = (day: string) =>
      [
        "ỦY BAN NHÂN DÂN",
        "TỈNH BÌNH THUẬN",
        "Số:     /TB-UBND",
        `Bình Thuận, ngày ${day} tháng 12 năm 2024`,
        "",
        "THÔNG BÁO",
        "Về việc giải thể một số hội",
        "",
        "1. Thống nhất việc giải thể 06 hội.",
      ].join("\n");
    const draft = toMarkdownDocument(await convertText(lines("     ")));
    expect(draft).toContain("- **Nơi ban hành:** Bình Thuận");
    expect(draft).not.toContain("Ngày ban hành");
    const issued = toMarkdownDocument(await convertText(lines("05")));
    expect(issued).toContain("- **Ngày ban hành:** Bình Thuận, 2024-12-05");
  });
});
