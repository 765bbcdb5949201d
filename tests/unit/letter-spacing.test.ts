import { describe, expect, it } from "vitest";
import { linesOf } from "../../src/stages/read/pdf/lines.js";
import { convertText, nodes } from "../helpers.js";
import { isLetterSpaced, joinLetterSpaced } from "../../src/text/letter-spacing.js";

// Titles set with character spacing, as pdf.js gives their text (Quyết định 115/2004/QĐ-TTg, a
// TCVN3 PDF in a capital font: μ, ∙ and − are the letters à, ã and ư a conversion left as symbols).
describe("letter-spaced text", () => {
  it("tells letters printed apart from words and from a row of numbers", () => {
    expect(isLetterSpaced("Q U Y Ế T   Đ Ị N H")).toBe(true);
    expect(isLetterSpaced("c ủ a T h ủ t ư ớ n g")).toBe(true);
    expect(isLetterSpaced("1 2 3 4 5 6")).toBe(false);
    // A year alone, spaced apart where a title's date wrapped; a row of four numbers is no year.
    expect(isLetterSpaced("1 9 9 8")).toBe(true);
    expect(isLetterSpaced("2 0 2 5")).toBe(true);
    expect(isLetterSpaced("1 2 3 4")).toBe(false);
    expect(isLetterSpaced("Căn cứ Luật Tổ chức Chính phủ")).toBe(false);
    expect(isLetterSpaced("a b")).toBe(false);
  });

  it("finds the words again, a code and the numbers kept whole", () => {
    expect(joinLetterSpaced("Q U Y Ế T   Đ Ị N H")).toBe("QUYẾT ĐỊNH");
    expect(joinLetterSpaced("1 9 9 8")).toBe("1998");
    expect(joinLetterSpaced("c ủ a T h ủ t ư ớ n g C h í n h p h ủ")).toBe("của Thủ tướng Chính phủ");
    expect(
      joinLetterSpaced(
        "S Ố 1 1 5 / 2 0 0 4 / Q Đ - T T G N G Μ Y 2 5 T H Á N G 6 N Ă M 2 0 0 4 V Ề V I Ệ C S Ử A Đ Ổ I , B Ổ S U N G",
      ),
    ).toBe("SỐ 115/2004/QĐ-TTG NGΜY 25 THÁNG 6 NĂM 2004 VỀ VIỆC SỬA ĐỔI, BỔ SUNG");
    // Two cuts read ("BA NHÀNH"): the one whose syllables are written more often.
    expect(joinLetterSpaced("B A N H Μ N H K È M T H E O")).toBe("BAN HΜNH KÈM THEO");
    expect(joinLetterSpaced("Q U Ỹ B Ả O L ∙ N H T Í N D Ụ N G")).toBe("QUỸ BẢO L∙NH TÍN DỤNG");
    // Syllables the samples write win over rarer cuts that also read; numerals and abbreviations stay words.
    const spaced = (t: string) =>
      t
        .split(" ")
        .map((w) => [...w].join(" "))
        .join("  ");
    for (const title of [
      "BỘ CÔNG AN",
      "TỈNH LONG AN",
      "BỘ Y TẾ",
      "ĐẢNG ỦY",
      "ĐỐI TƯỢNG ÁP DỤNG",
      "BAN CHẤP HÀNH TRUNG ƯƠNG",
      "CHƯƠNG II",
      "PHỤ LỤC IV",
      "KT. CHỦ TỊCH",
    ])
      expect(joinLetterSpaced(spaced(title).replace(/ {2}/g, " "))).toBe(title);
    // A number line spaced out: its figures count with its letters, its codes stay whole.
    expect(isLetterSpaced("S ố : 1 6 9 / Q Đ - U B N D")).toBe(true);
    expect(joinLetterSpaced("S ố : 1 6 9 / Q Đ - U B N D")).toBe("Số: 169/QĐ-UBND");
    expect(joinLetterSpaced("U B N D   T Ỉ N H   L À O   C A I")).toBe("UBND TỈNH LÀO CAI");
    // Letters that make no words (a form's column letters) stay as printed.
    expect(joinLetterSpaced("A B C D E F")).toBe("A B C D E F");
  });

  it("reads a PDF line whose letters came in items of two fonts as one run", () => {
    const glyph = (str: string, x: number, w: number) => ({ str, x, y: 700, w, size: 10, bold: false });
    const spaced = (str: string, x: number, w: number) => ({ ...glyph(str, x, w), spaced: true });
    const [line] = linesOf([
      spaced("C Ủ A T H Ủ T", 150, 64),
      glyph(" ", 215, 0.1),
      glyph("−", 216, 7),
      glyph(" ", 223, 0.1),
      spaced("Ớ N G C H Í N H P H Ủ", 225, 120),
    ]);
    expect(line!.text).toBe("CỦA THỦ T−ỚNG CHÍNH PHỦ");
  });

  // A decision typed in a text file with its titles letter-spaced, as Word users set them by hand.
  const SPACED_DECISION = [
    "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "TỈNH BẮC NINH                           Độc lập - Tự do - Hạnh phúc",
    "Số: 169/QĐ-UBND                    Bắc Ninh, ngày 12 tháng 3 năm 2024",
    "",
    "          Q U Y Ế T   Đ Ị N H",
    "Về việc phê duyệt kế hoạch chuyển đổi số năm 2024",
    "",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
    "",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "",
    "Q U Y Ế T  Đ Ị N H:",
    "",
    "Điều 1. Phê duyệt kế hoạch kèm theo Quyết định này.",
    "Điều 2. Quyết định có hiệu lực từ ngày ký.",
  ].join("\n");

  it("reads a text's letter-spaced tên loại, so the subject under it is read", async () => {
    expect(isLetterSpaced("Q U Y Ế T  Đ Ị N H:")).toBe(true);
    for (const format of ["text", "markdown"] as const) {
      const doc = await convertText(SPACED_DECISION, format);
      expect(doc.metadata.documentType).toBe("QUYẾT ĐỊNH");
      expect(doc.metadata.subject).toBe("Về việc phê duyệt kế hoạch chuyển đổi số năm 2024");
      expect([...nodes(doc.body)].filter((n) => n.type === "article").map((n) => n.label)).toEqual([
        "Điều 1.",
        "Điều 2.",
      ]);
    }
  });
});
