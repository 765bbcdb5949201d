import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/stages/read/decode.js";
import { InputError } from "../../src/stages/read/input-error.js";

const DIR = join(import.meta.dirname, "..", "fixtures", "encodings");
const UTF8 = readFileSync(join(DIR, "ke-hoach.utf8.txt"), "utf8");

function decoded(bytes: Uint8Array): { text: string; encoding: string | null } {
  let encoding: string | null = null;
  const text = decodeText(bytes, (e) => (encoding = e));
  return { text, encoding };
}

describe("text encodings", () => {
  it("reads UTF-16 without a byte-order mark, little- and big-endian", () => {
    const le = Buffer.from(UTF8, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(decoded(le)).toEqual({ text: UTF8, encoding: "UTF-16LE (no byte-order mark)" });
    expect(decoded(be)).toEqual({ text: UTF8, encoding: "UTF-16BE (no byte-order mark)" });
  });

  it("reads Windows-1258 (tone marks combining) into the same text as the UTF-8 original", () => {
    const r = decoded(readFileSync(join(DIR, "ke-hoach.cp1258.txt")));
    expect(r.encoding).toBe("Windows-1258");
    expect(r.text.split("\n")).toEqual(UTF8.split("\n"));
    expect(r.text).toContain("Về việc kiểm tra công tác năm 2026");
  });

  it("keeps UTF-8 as it is, and says nothing about it", () => {
    expect(decoded(Buffer.from(UTF8))).toEqual({ text: UTF8, encoding: null });
  });

  it("reads UTF-8 of one to four bytes a character exactly, after a byte-order mark too", () => {
    // Combining marks, a character outside the BMP (a surrogate pair in the text), a BOM inside.
    const text = "Điều 1. Ủy ban nhân dân \u0301 ký 𝕏 😀 \uFEFF 100% ≥ 5 năm\r\nDòng 2";
    expect(decoded(Buffer.from(text))).toEqual({ text, encoding: null });
    expect(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: null,
    });
  });

  it("refuses 8-bit bytes that read as Vietnamese in no encoding, with the reason", () => {
    const bytes = Buffer.from([0x8f, 0x90, 0x41, 0x20, 0x9d, 0x42, 0x20, 0x43, 0x81, 0x0a]);
    expect(() => decodeText(bytes)).toThrow(InputError);
    expect(() => decodeText(bytes)).toThrow(/not valid UTF-8 text, and not Windows-1258, TCVN3 or VNI/);
  });
});

describe("TCVN3 look-alikes inside a UTF-8 text (text copied out of a .VnTime PDF)", async () => {
  const { convertText } = await import("../helpers.js");
  // As pdftotext gives a TCVN3 decision of 2004: Latin-1 look-alikes, and the symbols ("t−íng")
  // its producer made of three of the codes.
  const copied = [
    "Quyết định của Thủ t−íng ChÝnh phñ",
    "sè 115/2004/QĐ-TTg ngµy 25 th¸ng 6 n¨m 2004 vÒ viÖc söa ®æi, bæ sung Quy chÕ thµnh lËp,",
    "tæ chøc vµ ho¹t ®éng cña Quü b¶o l∙nh tÝn dông cho doanh nghiÖp nhá vµ võa",
    "Thñ t−íng ChÝnh phñ",
    "C¨n cø LuËt Tæ chøc ChÝnh phñ ngµy 25 th¸ng 12 n¨m 2001;",
    "QuyÕt ®Þnh:",
    "§iÒu 1. Söa ®æi, bæ sung mét sè ®iÒu cña Quy chÕ.",
  ].join("\n");

  it("reads the look-alikes as the letters they stand for, the symbols with them", async () => {
    const doc = await convertText(copied);
    expect(doc.metadata.documentNumber).toBe("115/2004/QĐ-TTg");
    expect(doc.metadata.issuedOn).toBe("2004-06-25");
    expect(doc.metadata.bases.map((b) => b.text)).toEqual([
      "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
    ]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain("legacy-encoding");
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain("legacy-symbol-letters");
  });

  it("reads TCVN3's ạ and ư, whose codes are the superscript one and the soft hyphen, as letters", async () => {
    // pdftotext on a .VnTime report with no header: the title typed in .VnTimeH comes out in small
    // letters; "ho¹ch" is no footnote marker and "n\u00ADíc" no hyphenation point.
    const report = [
      "                      B¸o c¸o",
      "    T×nh h×nh thùc hiÖn nhiÖm vô kÕ ho¹ch n¨m 2004",
      "",
      "     I. §¸nh gi¸ tæng qu¸t",
      "",
      "      T¹o b\u00ADíc chuyÓn vÒ chÊt l\u00AD\u00AD îng vµ hiÖu qu¶ ®Çu t\u00AD. Gi÷ v÷ng æn ®Þnh chÝnh trÞ trong",
      "vµ ngoµi n\u00ADíc theo kÕ ho¹ch.",
    ].join("\n");
    const doc = await convertText(report);
    expect(doc.metadata.documentTypeCode).toBe("report");
    expect(doc.metadata.subject).toBe("Tình hình thực hiện nhiệm vụ kế hoạch năm 2004");
    const text = JSON.stringify(doc.body);
    expect(text).toContain("Tạo bước chuyển về chất");
    expect(text).toContain("trong và ngoài nước theo kế hoạch.");
    expect(text).not.toContain("\u00AD");
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain("footnote-unmatched");
  });

  it("reads a first line that opens with the type and goes on with its subject ('Báo cáo về …')", async () => {
    const doc = await convertText(
      [
        "B¸o c¸o vÒ t×nh h×nh s¶n xuÊt kinh doanh ngµnh c«ng",
        "      nghiÖp th¸ng 02 vµ 2 th¸ng ®Çu n¨m 2007",
        "",
        "      1. T×nh h×nh chung:",
        "      Th¸ng 02 n¨m 2007 gi¸ trÞ s¶n xuÊt c«ng nghiÖp −íc ®¹t 39.897 tû ®ång.",
      ].join("\n"),
    );
    expect(doc.metadata.documentTypeCode).toBe("report");
    expect(doc.metadata.subject).toBe(
      "về tình hình sản xuất kinh doanh ngành công nghiệp tháng 02 và 2 tháng đầu năm 2007",
    );
    // A body that opens with a sentence naming a report is no title.
    const body = await convertText("Báo cáo kết quả thực hiện quý I gửi Sở trước ngày 15/4.\nNội dung khác.");
    expect(body.metadata.documentTypeCode).toBeNull();
  });

  it("prints again the capitals a TCVN3 capital font gave, when the quốc hiệu shows them lost", async () => {
    // pdftotext -layout on a circular of 2006: the issuer, the quốc hiệu and the capacity were typed
    // in .VnTimeH; the signer's name stands level with the end of a wrapped recipient.
    const circular = [
      " ng©n hµng nhµ n\u2212íc             céng hoµ x\u2219 héi chñ nghÜa viÖt nam",
      "     viÖt nam                            §éc lËp - Tù do - H¹nh phóc",
      "",
      "  Sè : 01/2006/TT-NHNN             Hµ Néi, ngµy 20 th¸ng 02 n¨m 2006",
      "",
      "                               Th«ng t\u2212",
      "            H\u2212íng dÉn mét sè néi dung vÒ gãp vèn thµnh lËp Quü b¶o l·nh",
      "",
      "      1. Ng©n hµng Nhµ n\u2212íc chi nh¸nh tØnh phèi hîp víi c¸c ban, ngµnh t¹i ®Þa ph\u2212¬ng.",
      "",
      "N¬i nhËn:                                   kt. Thèng ®èc",
      "- Ban l·nh ®¹o NHNN;                          phã Thèng ®èc",
      "- UBND, H§ND c¸c tØnh, TP trùc",
      "thuéc TW (®Ó phèi hîp);                     NguyÔn §ång TiÕn",
      "- L\u2212u: VP, Vô PC, Vô TD.",
    ].join("\n");
    const doc = await convertText(circular);
    expect(doc.metadata.issuer).toBe("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM");
    expect(doc.metadata.documentNumber).toBe("01/2006/TT-NHNN");
    expect(doc.metadata.signer?.capacity).toEqual(["KT. THỐNG ĐỐC", "PHÓ THỐNG ĐỐC"]);
    expect(doc.metadata.signer?.name).toBe("Nguyễn Đồng Tiến");
    expect(doc.metadata.recipients).toContain("UBND, HĐND các tỉnh, TP trực thuộc TW (để phối hợp)");
    // Body text keeps its case: only the header's cells and the capacities were capitals.
    expect(JSON.stringify(doc.body)).toContain("Ngân hàng Nhà nước chi nhánh tỉnh");
  });

  it("leaves a Unicode text that prints a few of those characters as it is", async () => {
    const text = "Điều 1. Nhiệt độ 25°C ± 2°C, theo § 3 và «Quy chuẩn» ×2; các thiết bị đo ¼ và ½ inch.";
    const doc = await convertText(`${text}\n${text}\n${text}`);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain("legacy-encoding");
  });

  it("reads a long text for look-alikes only where they are dense enough to be legacy text", async () => {
    const { mayBeLegacy } = await import("../../src/text/legacy-encoding.js");
    const unicode = "Diện tích sàn 120 m² mỗi căn, nhiệt độ 25°C theo quy chuẩn hiện hành của Bộ Xây dựng. ";
    // Forty symbols spread over a thousand sentences of Unicode: a count alone would call for a reading.
    const long = Array.from({ length: 1000 }, (_, i) =>
      i % 50 ? "Nội dung thực hiện theo kế hoạch. " : unicode,
    );
    expect(mayBeLegacy(long)).toBe(false);
    expect(mayBeLegacy([long.join("")])).toBe(false);
    // A page of TCVN3 among twenty of Unicode still is.
    const page = Array(5).fill(copied).join("\n");
    expect(mayBeLegacy([...long, ...long, page])).toBe(true);
    // Fewer than twelve look-alikes are no legacy text, however short.
    expect(mayBeLegacy([copied.slice(0, 8)])).toBe(false);
  });
});
