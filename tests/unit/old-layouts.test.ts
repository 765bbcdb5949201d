import { describe, expect, it } from "vitest";
import { findDocumentNumbers } from "../../src/text/document-number.js";
import { convertText, find } from "../helpers.js";

// Layouts of documents from before the 2011 rules on thể thức, as Word files and transcriptions keep
// them (luật 18/2003/QH11, nghị định 114/2003, thông tư 01/2005/TT-BKH and QĐ 522/2002/QĐ.UB in the
// corpus): each built here from the layout, not from one document's wording.
describe("older layouts", () => {
  it("reads a law whose session lines a Word file keeps one per paragraph, then its title", async () => {
    const doc = await convertText(
      [
        "Quốc hội",
        "",
        "Luật số: 18/2003/QH11",
        "",
        "Cộng hoà xã hội chủ nghĩa Việt Nam",
        "",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "Quốc hội",
        "",
        "nước cộng hoà xã hội chủ nghĩa Việt Nam",
        "",
        "Khoá XI, kỳ họp thứ 4",
        "",
        "(Từ ngày 21 tháng 10 đến ngày 26 tháng 11 năm 2003)",
        "",
        "Luật",
        "",
        "Hợp tác xã",
        "",
        "Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam;",
        "",
        "Chương I",
        "",
        "Những quy định chung",
        "",
        "Điều 1. Hợp tác xã",
        "",
        "Hợp tác xã là tổ chức kinh tế tập thể.",
      ].join("\n"),
    );
    expect(doc.metadata.documentType).toBe("Luật");
    expect(doc.metadata.subject).toBe("Hợp tác xã");
    expect(doc.metadata.issuer).toBe("Quốc hội");
    expect(doc.metadata.bases).toHaveLength(1);
    // A chapter title in sentence case (a capital font read as small letters, or a transcription).
    expect(find(doc, "chapter-I")?.title).toBe("Những quy định chung");
    expect(find(doc, "art-1")?.title).toBe("Hợp tác xã");
  });

  it("takes dashed grounds as the preamble's bases, not as the body's first list", async () => {
    const doc = await convertText(
      [
        "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
        "Số: 01/2005/TT-BKH",
        "",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 09 tháng 3 năm 2005",
        "",
        "THÔNG TƯ",
        "Hướng dẫn triển khai thực hiện Quyết định",
        "",
        "- Căn cứ Quyết định số 153/2004/QĐ-TTg ngày 17 tháng 8 năm 2004 của Thủ tướng Chính phủ;",
        "- Căn cứ Nghị định số 61/2003/NĐ-CP ngày 06 tháng 6 năm 2003 của Chính phủ;",
        "",
        "Bộ Kế hoạch và Đầu tư hướng dẫn như sau:",
        "",
        "I. QUY ĐỊNH CHUNG",
        "- Các bộ triển khai.",
      ].join("\n"),
    );
    const bases = doc.metadata.bases.map((b) => b.text);
    expect(bases).toEqual([
      "Căn cứ Quyết định số 153/2004/QĐ-TTg ngày 17 tháng 8 năm 2004 của Thủ tướng Chính phủ;",
      "Căn cứ Nghị định số 61/2003/NĐ-CP ngày 06 tháng 6 năm 2003 của Chính phủ;",
    ]);
    expect(doc.metadata.bases[0]!.citations.map((c) => c.number)).toEqual(["153/2004/QĐ-TTg"]);
    // The preamble keeps each line whole, dash included; a dash in the body is still a bullet.
    expect(find(doc, "preamble.p1")?.text).toBe(
      "- Căn cứ Quyết định số 153/2004/QĐ-TTg ngày 17 tháng 8 năm 2004 của Thủ tướng Chính phủ;",
    );
    expect(find(doc, "I")?.children.map((c) => c.type)).toEqual(["bullet"]);
  });

  it("reads a number whose issuer and type a dot joins, and keeps a sentence run on after a number apart", () => {
    const [old] = findDocumentNumbers(
      "Ban hành kèm theo Quyết định số 522/2002/QĐ.UB ngày 07 tháng 3 năm 2002",
    );
    expect(old?.number).toBe("522/2002/QĐ.UB");
    expect(old?.typeCode).toBe("decision");
    expect(findDocumentNumbers("theo Quyết định số 15/QĐ-UBND.Căn cứ")[0]?.number).toBe("15/QĐ-UBND");
    expect(findDocumentNumbers("Nghị định số 12/2004/NĐ-CP.")[0]?.number).toBe("12/2004/NĐ-CP");
  });

  it("gives no chapter a title of a bare number (a font-size cell of a sample table)", async () => {
    const doc = await convertText(["Chương I", "", "14", "", "Điều 1. Phạm vi", "", "Nội dung."].join("\n"));
    expect(find(doc, "chapter-I")?.title).toBeNull();
  });
});
