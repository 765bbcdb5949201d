import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertFile } from "../../src/index.js";
import type { LegalDocument } from "../../src/model/document.js";
import { capitalOf, restoreCapitals } from "../../src/stages/read/capital-runs.js";
import { convertLegacyLines } from "../../src/text/legacy-encoding.js";
import { convertText, nodes } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..");
const load = async (path: string): Promise<LegalDocument> =>
  (await convertFile(join(ROOT, path), { ocr: "off" })).document;
const topLabels = (doc: LegalDocument) =>
  doc.body.children.filter((n) => n.label && n.type !== "appendix").map((n) => n.label);

// TCVN3's capital fonts (.VnTimeH) print capitals from the codes of small letters. Files that keep
// each run's font (RTF, Word 97–2003) tell which text was printed in capitals.
describe("text typed in a TCVN3 capital font", () => {
  it("stands in for each character one for one, and comes back as the capitals it prints", () => {
    // "chương" typed in TCVN3: c h ­(ư) ¬(ơ) n g; the stand-ins keep the length.
    const typed = "ch\u00ad\u00acng i";
    const marked = [...typed].map(capitalOf).join("");
    expect(marked).toHaveLength(typed.length);
    expect(restoreCapitals(marked)).toBe("CHƯƠNG I");
    // A tone mark typed after its letter joins it: "µ" is "à" in TCVN3.
    expect(restoreCapitals([..."v\u00b5"].map(capitalOf).join(""))).toBe("VÀ");
    expect(restoreCapitals("Hà Nội")).toBe("Hà Nội");
  });

  it("reads a capital-font word that opens with a marked letter in capitals, a name in sentence case as it is", () => {
    // "ñY BAN NH©N D©N" is "ủY BAN NHâN DâN" letter for letter: the font printed "ỦY BAN NHÂN DÂN".
    expect(convertLegacyLines(["\u00f1Y BAN NH\u00a9N D\u00a9N", "H\u00b5 N\u00e9i"], "tcvn3")).toEqual([
      "ỦY BAN NHÂN DÂN",
      "Hà Nội",
    ]);
  });

  it("reads an RTF's capital-font runs in capitals (Thông tư 99/1998/TT-BTC)", async () => {
    const doc = await load("fixtures/layouts/tcvn3.rtf");
    const parts = doc.body.children.filter((n) => /^[A-G]-?$/u.test(n.label ?? ""));
    // The file prints its parts "A- PHẠM VI ÁP DỤNG …" in .VnTimeH: read as small letters they were no parts.
    expect(parts.map((n) => n.label?.replace(/\W/g, ""))).toEqual(
      expect.arrayContaining(["A", "B", "C", "D", "E", "F", "G"]),
    );
    expect(parts[0]!.title).toBe("PHẠM VI ÁP DỤNG THUẾ THU NHẬP DOANH NGHIỆP");
    // Its name stands level with a recipient, apart by a wide gap: "- Lưu VP, Vụ CST      Phạm Văn Trọng".
    expect(doc.metadata.signer?.name).toBe("Phạm Văn Trọng");
  });

  it("reads a Word 97–2003 file's capital-font runs in capitals (Thông tư 169/1998/TT-BTC)", async () => {
    const doc = await load("corpus/thong-tu-169-TT-BTC-1998_thue-nha-thau-nuoc-ngoai_tcvn3.doc");
    expect(topLabels(doc).map((l) => l?.replace(/\W/g, ""))).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("takes a paragraph style's capital font where the run names none (QĐ 522/2002/QĐ-UB, An Giang)", async () => {
    const doc = await load("corpus/quyet-dinh-522-QD-UB-2002_an-giang-quy-dinh-uu-dai-dau-tu_tcvn3.doc");
    // "TỈNH AN GIANG" and "BẢN QUY ĐỊNH" are set in the style "Heading 1", whose font is .VnTimeH.
    expect(doc.metadata).toMatchObject({
      issuer: "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
      documentTypeCode: "regulation",
      place: "Long Xuyên",
    });
    expect(doc.metadata.documentType).toBe("BẢN QUY ĐỊNH");
    expect(doc.metadata.subject).toMatch(/^Chính sách khuyến khích và ưu đãi đầu tư/);
  });

  it("drops Word's optional hyphen instead of writing 'undefined' (QĐ 256/2004/QĐ-UB, Cần Thơ)", async () => {
    const doc = await load("corpus/quyet-dinh-256-QD-UB-2004_can-tho-chuong-trinh-cchc_tcvn3.doc");
    const text = [...nodes(doc.body)].map((n) => `${n.title ?? ""} ${n.text ?? ""}`).join("\n");
    expect(text).not.toContain("undefined");
    expect(text).toContain("Ủy ban nhân dân thành phố");
    expect(doc.metadata).toMatchObject({
      issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
      place: "TP.Cần Thơ",
      issuedOn: "2004-07-01",
    });
    expect(doc.metadata.subject).toMatch(/^V\/v ban hành Chương trình Cải cách hành chính/);
    expect(doc.metadata.signer?.name).toBe("Võ Thanh Tòng");
  });
});

describe("an old header and closing laid out with tabs and spaces", () => {
  const header = [
    "   ỦY BAN NHÂN DÂN \t         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "THÀNH PHỐ CẦN THƠ \t                   Độc lập - Tự do - Hạnh phúc\t",
    "   \t                                                      XV80    ",
    "",
    "  Số:  256 /2004/QĐ-UB  \t                 TP.Cần Thơ, ngày  01 tháng  7 năm 2004 ",
    "",
    "QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
    "V/v ban hành Chương trình Cải cách hành chính",
    "",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
    "",
    "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Nay ban hành kèm theo Quyết định này Chương trình cải cách hành chính.",
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.",
  ];
  const closing = [
    "   \t\t\t                          TM. ỦY BAN NHÂN DÂN THÀNH PHỐ",
    "Nơi nhận:                                                               CHỦ TỊCH",
    "- Bộ Nội vụ",
    "- BTV Thành ủy\t\t\t\t\t                            (Đã ký)",
    "- Sở, Ban ngành TP                                                                 Võ Thanh Tòng",
    "- Lưu TTLT",
  ];

  it("steps over a filing code in the header's corner, and reads a type line that names its issuer", async () => {
    const doc = await convertText([...header, ...closing].join("\n"));
    expect(doc.metadata).toMatchObject({
      documentTypeCode: "decision",
      documentNumber: "256/2004/QĐ-UB",
      issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
      place: "TP.Cần Thơ",
      subject: "V/v ban hành Chương trình Cải cách hành chính",
    });
  });

  it("parts a closing whose columns a tab or a wide gap separates, and finds the signer beside a recipient", async () => {
    const doc = await convertText([...header, ...closing].join("\n"));
    expect(doc.metadata.signer?.name).toBe("Võ Thanh Tòng");
    expect(doc.metadata.recipients).toEqual(
      expect.arrayContaining(["Bộ Nội vụ", "BTV Thành ủy", "Lưu TTLT"]),
    );
    expect(doc.tables).toEqual([]);
  });
});
