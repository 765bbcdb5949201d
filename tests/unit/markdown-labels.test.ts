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
