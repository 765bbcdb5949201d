import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/pipeline/runner.js";
import { withSoftHyphens } from "../../src/stages/read/pdf/soft-hyphens.js";

const load = async (name: string) => {
  const path = join(import.meta.dirname, "..", "fixtures", "layouts", name);
  return (await convert({ bytes: new Uint8Array(readFileSync(path)), path, format: "pdf" }, { ocr: "off" }))
    .document;
};
const textOf = (doc: Awaited<ReturnType<typeof load>>) => JSON.stringify(doc.body);

describe("a PDF typed in TCVN3 fonts (.VnTime)", () => {
  it("keeps its bare ư, which pdf.js leaves out of the text as a soft hyphen", async () => {
    // Page 6 of the 2004 report to the National Assembly. "chưa" would lose its ư to "cha", a word
    // too, so nothing after the reading could put it back.
    const doc = await load("tcvn3-font-soft-hyphen.pdf");
    const text = textOf(doc);
    expect(text).toContain("Khu vực kinh tế tập thể còn nhiều hạn chế, chưa phát huy được các tiềm năng");
    expect(text).toContain("chậm, chưa có bước đột phá trong chuyển dịch cơ cấu kinh tế");
    expect(text).toContain("Tư duy kinh tế thị trường của các doanh nghiệp nhà nước");
    expect(text).not.toMatch(/[μ\u00ad]|\bcha\b/u);
  });

  it("reads the letters its fonts name as symbols: à as μ, ư as −, ã as ∙", async () => {
    const doc = await load("tcvn3-font-symbol-names.pdf");
    expect(doc.metadata.issuer).toBe("THỦ TƯỚNG CHÍNH PHỦ");
    expect(doc.metadata.subject).toContain("QUỸ BẢO LÃNH TÍN DỤNG CHO DOANH NGHIỆP NHỎ VÀ VỪA");
    expect(textOf(doc)).toContain("Bộ trưởng Bộ Tài chính");
  });
});

describe("withSoftHyphens", () => {
  it("puts each mark back where the drawing has it, a mark between items ending the first", () => {
    expect(
      withSoftHyphens(
        ["víi b\u00adíc"].map((s) => s.replace("\u00ad", "")),
        "víi b\u00adíc",
      ),
    ).toEqual(["víi b\u00adíc"]);
    expect(withSoftHyphens(["víi b", "íc tiÕn"], "víi b\u00adíc tiÕn")).toEqual(["víi b\u00ad", "íc tiÕn"]);
    expect(withSoftHyphens(["®Çu t", "N©ng"], "®Çu t\u00ad N©ng")).toEqual(["®Çu t\u00ad", "N©ng"]);
    expect(withSoftHyphens(["vμ ng"], "vµ ng")).toEqual(["vμ ng"]);
    // A space pdf.js made between words drawn apart.
    expect(withSoftHyphens(["a bc"], "ab\u00adc")).toEqual(["a b\u00adc"]);
    expect(withSoftHyphens(["a", " ", "bc"], "a\u00adbc")).toEqual(["a\u00ad", " ", "bc"]);
  });

  it("leaves the items as they are where they do not line up with the drawing", () => {
    expect(withSoftHyphens(["ﬁ"], "fi\u00ad")).toBeNull();
  });
});

describe("a PDF whose TCVN3 fonts were replaced (LibreOffice without .VnTime)", () => {
  it("prints the header again in the capitals its .VnTimeH font drew", async () => {
    // Page 1 of Quyết định 522/2002/QĐ-UB's regulation, exported so: "ủy ban nhân dân", "Tỉnh an giang".
    const doc = await load("tcvn3-capital-font-replaced.pdf");
    expect(doc.metadata.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH AN GIANG");
    expect(doc.metadata.issuedOn).toBe("2002-03-07");
  });
});
