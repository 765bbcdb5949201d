import { describe, expect, it } from "vitest";
import { toMarkdownDocument } from "../../src/emit/markdown.js";
import { typeFromName } from "../../src/text/document-types.js";
import { convertText } from "../helpers.js";

describe("a constitution (Hiến pháp 2013, 1992, 1959 in the corpus)", () => {
  it("names its type, keeps the enacting body apart from the title, and prints a bare article label cleanly", async () => {
    expect(typeFromName("HIẾN PHÁP")?.code).toBe("law");
    const doc = await convertText(
      [
        "QUỐC HỘI",
        "",
        "HIẾN PHÁP",
        "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "",
        "Chương I",
        "CHẾ ĐỘ CHÍNH TRỊ",
        "",
        "Điều 1",
        "Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập, có chủ quyền.",
        "",
        "Điều 2",
        "1. Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam là nhà nước pháp quyền.",
        "2. Quyền lực nhà nước là thống nhất.",
      ].join("\n"),
    );
    expect(doc.metadata.documentType).toBe("HIẾN PHÁP");
    expect(doc.metadata.documentTypeCode).toBe("law");
    expect(doc.metadata.issuer).toBe("QUỐC HỘI");
    expect(doc.metadata.subject).toBe("NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const md = toMarkdownDocument(doc);
    // A label with no text of its own ends its line: no escaped space after it.
    expect(md).not.toContain("&#x20;");
    expect(md).toContain("Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập");
  });
});

describe("a constitution saved again as a Word file: title and preamble heading in bold, paragraph after paragraph", () => {
  it("ends the title before 'LỜI NÓI ĐẦU'", async () => {
    const doc = await convertText(
      [
        "**QUỐC HỘI**",
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
        "**Độc lập - Tự do - Hạnh phúc**",
        "**HIẾN PHÁP**",
        "**NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
        "**LỜI NÓI ĐẦU**",
        "Trải qua mấy nghìn năm lịch sử, Nhân dân Việt Nam lao động cần cù, sáng tạo.",
        "**Chương I**",
        "**CHẾ ĐỘ CHÍNH TRỊ**",
        "**Điều 1**",
        "Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập.",
      ].join("\n\n"),
      "markdown",
      "hien-phap.md",
    );
    expect(doc.metadata.subject).toBe("NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });
});
