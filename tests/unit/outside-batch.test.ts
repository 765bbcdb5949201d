import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { convertFile } from "../../src/batch/convert-file.js";
import { Reporter } from "../../src/model/reporter.js";
import { markRunningHeads } from "../../src/stages/read/assemble/running-heads.js";
import { textSource } from "../../src/stages/read/text/lines.js";
import { appendixHeading } from "../../src/stages/structure/appendix.js";
import { parsePlaceDate } from "../../src/text/dates.js";
import type { LegalDocument } from "../../src/model/document.js";
import { convertText, nodes, rules } from "../helpers.js";

// Real documents from repositories the corpus does not draw on (tests/fixtures/outside/about.md).
// The facts below were read by hand from each text.
async function outside(file: string): Promise<LegalDocument> {
  const path = `tests/fixtures/outside/${file}`;
  return convertText(readFileSync(path, "utf8"), file.endsWith(".md") ? "markdown" : "text", path);
}

/** The lines of the document's nodes of one type, in order. */
function lineOf(doc: LegalDocument, type: string): number[] {
  return [...nodes(doc.body)].filter((n) => n.type === type).map((n) => n.lines[0]!);
}

describe("a scan's OCR with the columns run together (Công văn 4222/TCT-PC, OCR Markdown)", async () => {
  const doc = await outside("cv-4222-TCT-PC-2023_tong-cuc-thue_ocr.md");

  it("reads a place and date whose comma the OCR read as a stop: 'Hà Nội. ngày 09 tháng 11 năm 2023'", () => {
    expect(parsePlaceDate("Hà Nội. ngày 09 tháng 11 năm 2023")).toEqual({
      place: "Hà Nội",
      issuedOn: "2023-11-09",
    });
    // Line 16: "số: 4222 /TCT -PC Hà Nội. ngày 09 tháng 11 năm 2023".
    expect(doc.metadata.documentNumber).toBe("4222/TCT-PC");
    expect(doc.metadata.place).toBe("Hà Nội");
    expect(doc.metadata.issuedOn).toBe("2023-11-09");
    expect(doc.metadata.subject).toMatch(/^tăng cường ky cương, kỷ luật .* nghĩa vụ thuế của NNT$/u);
  });

  it("parts the signature column from the recipients it shares lines with", () => {
    // "Noi nhận: KT. TONG CỤC TRƯỞNG" ⏎ "- Như trên; — PHO TONG CUC TRUONG" ⏎ four more recipients.
    expect(doc.metadata.signer?.capacity).toEqual(["KT. TONG CỤC TRƯỞNG", "PHO TONG CUC TRUONG"]);
    expect(doc.metadata.signer?.name).toBe("Mai Son");
    expect(doc.metadata.recipients.slice(0, 4)).toEqual([
      "Như trên",
      "Vụ Pháp ché- BTC",
      "D/e TCTrg TCT (dé b/c)",
      "Các đ/c Pho TCTrg TCT",
    ]);
    expect(doc.metadata.recipients).toHaveLength(5);
  });
});

describe("recipients whose dashes the OCR lost (Kế hoạch 70/KH-UBND, MinerU Markdown)", async () => {
  const doc = await outside("kh-70-KH-UBND-2025_can-tho_mineru-ocr-cropped.md");

  it("keeps the list going over the undashed lines to 'Lưu'", () => {
    const names = doc.metadata.recipients;
    expect(names[0]).toBe("Bộ Nội v");
    expect(names.some((n) => n.startsWith("CT, các pct ubndtp"))).toBe(true);
    expect(names).toContain("Sở, Sở, ban ngành thành phố");
    expect(names.at(-1)).toMatch(/^Lưu: VT/u);
    // Lines 101–109 were text after the closing before.
    expect(rules(doc).filter((r) => r === "text-after-closing").length).toBeLessThanOrEqual(1);
  });
});

describe("a letter's subject parted from its lines by blank lines (Công văn of Bộ Tài chính, CamScanner OCR)", async () => {
  const doc = await outside("cv-BTC-TCT-2021_so-ocr-hong_camscanner.md");

  it("goes on past a line that ends on 'số' or 'các'", () => {
    // "V/v thực hiện Thông tư số" ⏎⏎ "156/2013/TT-BTC và các" ⏎⏎ "Thông tư khác" ⏎⏎ "Kính gửi: …".
    expect(doc.metadata.subject).toBe("thực hiện Thông tư số 156/2013/TT-BTC và các Thông tư khác");
    expect(doc.metadata.issuer).toBe("BỘ TÀI CHÍNH");
  });

  it("keeps the scanning app's mark on every page out of the text and the recipients", () => {
    // "Scanned with CamScanner" on lines 68, 131 and 171.
    expect(doc.metadata.recipients.at(-1)).not.toMatch(/CamScanner/u);
    for (const n of nodes(doc.body))
      if (n.type !== "pageBreak") expect(`${n.title ?? ""} ${n.text ?? ""}`).not.toMatch(/CamScanner/u);
  });
});

describe("an appendix label with its title in capitals on one line (draft Quyết định of UBND tỉnh Lai Châu, MinerU)", async () => {
  const doc = await outside("qd-du-thao-QD-UBND-2025_lai-chau_mineru-ocr.md");

  it("reads 'Phụ lục I DANH MỤC …' as the appendix and its title, its caption apart", () => {
    expect(appendixHeading("Phụ lục I kèm theo Quyết định này")).toBeNull();
    expect(doc.appendices.map((a) => a.label)).toEqual(["Phụ lục I", "Phụ lục II"]);
    expect(doc.appendices[0]!.title).toBe(
      "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC HỖ TRỢ ĐẦU TƯ THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ TÀI CHÍNH TỈNH LAI CHÂU",
    );
    expect(doc.metadata.place).toBe("Lai Châu");
  });
});

describe("a portal's page saved whole as Markdown (Quyết định 1936/QĐ-UBND of UBND tỉnh Thái Nguyên)", async () => {
  const doc = await outside("qd-1936-QD-UBND-2025_thai-nguyen_tvpl.md");

  it("ends the text where the portal's own sections begin", () => {
    const appendices = [...nodes(doc.body)].filter((n) => n.type === "appendix");
    expect(appendices.length).toBeGreaterThan(0);
    for (const a of appendices)
      for (const n of nodes(a))
        expect(n.text ?? "").not.toMatch(/Văn bản liên quan|Hiệu lực: Đã biết|Đăng nhập/u);
    const tail = [...nodes(doc.body)].find((n) => n.id === "back-matter");
    // Line 353; the page's title repeated on line 352 runs on from the last footnote's paragraph.
    expect(tail?.text).toMatch(/^Văn bản này chưa cập nhật nội dung Tiếng Anh/u);
    expect(rules(doc)).toContain("portal-tail");
    expect(doc.metadata.documentNumber).toBe("1936/QĐ-UBND");
  });

  it("keeps the drafter's mark under 'Lưu' with the archive's item, not as text after the closing", () => {
    // Lines 143–144: "- Lưu: VT, HCC." ⏎ "Tungnt.QĐ/T11/2025", then the signature (146–148).
    expect(doc.metadata.recipients.at(-1)).toMatch(/^Lưu: VT, HCC\.? Tungnt\.QĐ\/T11\/2025$/u);
    expect(doc.metadata.signer?.name).toBe("Nguyễn Thị Loan");
    expect(rules(doc)).not.toContain("text-after-closing");
  });
});

describe("a letter saved from a legal portal under its title (Công văn 2739/VPCP-ĐMDN, text)", async () => {
  const doc = await outside("cv-2739-VPCP-DMDN-2019_tvpl-flat.txt");

  it("gives no tên loại the letter does not print, though the portal's title says 'Công văn'", () => {
    expect(doc.metadata.documentType).toBeNull();
    expect(doc.metadata.documentTypeCode).toBe("officialLetter");
    expect(doc.metadata.documentNumber).toBe("2739/VPCP-ĐMDN");
  });
});

describe("a Công báo page turned into text without its page breaks (Quyết định 798/QĐ-TTg)", async () => {
  const doc = await outside("qd-798-QD-TTg-2026_cong-bao-pdftotext.txt");
  const text = readFileSync("tests/fixtures/outside/qd-798-QD-TTg-2026_cong-bao-pdftotext.txt", "utf8").split(
    "\n",
  );
  const at = (line: string) => text.findIndex((t) => t.trim() === line) + 1;

  it("keeps the running head, its page numbers and the signing stamp out of the articles", () => {
    const pageBreaks = lineOf(doc, "pageBreak");
    // "CÔNG BÁO/Số 281/Ngày 21-05-2026" over "100", "101", "102"; the stamp's three fields on page 100.
    for (const line of ["100", "101", "102", "Cơ quan: VĂN PHÒNG CHÍNH PHỦ"])
      expect(pageBreaks).toContain(at(line));
    const articles = [...nodes(doc.body)].filter((n) => n.type === "article");
    expect(articles).toHaveLength(7);
    for (const a of articles)
      for (const n of nodes(a))
        expect(`${n.title ?? ""} ${n.text ?? ""}`).not.toMatch(/CÔNG BÁO|Ký bởi|Cơ quan:/u);
    expect(rules(doc)).toEqual(expect.arrayContaining(["running-head", "signing-stamp"]));
    expect(doc.metadata.signer?.name).toBe("Lê Minh Hưng");
  });

  it("parts a header's two columns apart by spaces, tabs or no-break spaces, not a sentence's spaces", () => {
    const texts = (raw: string) => textSource(raw).lines.map((l) => [l.text, l.column ?? 0]);
    const nbsp = "\u00a0".repeat(6);
    expect(texts(`ỦY BAN NHÂN DÂN${nbsp}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`)).toEqual([
      ["ỦY BAN NHÂN DÂN", 0],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1],
    ]);
    expect(texts("Số: 59/UBND        Lào Cai, ngày 10 tháng 3 năm 2026")).toEqual([
      ["Số: 59/UBND", 0],
      ["Lào Cai, ngày 10 tháng 3 năm 2026", 1],
    ]);
    expect(texts("Số: 59/UBND Lào Cai, ngày 10 tháng 3 năm 2026")).toEqual([
      ["Số: 59/UBND Lào Cai, ngày 10 tháng 3 năm 2026", 0],
    ]);
  });

  it("leaves a short line repeated beside numbers that are no pages as text", () => {
    const { lines } = textSource(
      [
        "Kết quả năm 2024",
        "Tổng số hộ",
        "15",
        "",
        "Kết quả năm 2025",
        "Tổng số hộ",
        "40",
        "",
        "Ký bởi: Văn phòng",
      ].join("\n"),
    );
    markRunningHeads(lines, new Reporter());
    expect(lines.filter((l) => l.kind === "furniture")).toEqual([]);
  });
});

describe("a school's plan written as HTML inside Markdown (Kế hoạch 50/ĐHVN-KT&ĐBCL, Trường Đại học Việt Nhật)", async () => {
  const doc = await outside("vju2_kh50.md");

  it("reads 'K/T HIỆU TRƯỞNG' as the signature's authority (its code KT.), so the signer is read", () => {
    expect(doc.metadata.signer?.authority).toBe("KT.");
    expect(doc.metadata.signer?.capacity[0]).toMatch(/^K\/T HIỆU TRƯỞNG/u);
    expect(doc.metadata.signer?.name).toBe("Nguyễn Hoàng Oanh");
    expect(doc.metadata.documentNumber).toBe("50/ĐHVN-KT&ĐBCL");
  });
});

describe("a decision's PDF dumped to Markdown with its page numbers (Quyết định 64/2024/QĐ-UBND of UBND thành phố Hà Nội)", async () => {
  const doc = await outside("hn_qd64_2024.md");

  it("reads the page number '3' (line 72) as a page break, not text of Điều 1", () => {
    const owners = [...nodes(doc.body)].filter((n) => n.lines.includes(72));
    expect(owners.at(-1)?.type).toBe("pageBreak");
    expect(lineOf(doc, "pageBreak")).toContain(72);
    expect([...nodes(doc.body)].filter((n) => n.type === "article").map((n) => n.label)).toEqual([
      "Điều 1.",
      "Điều 2.",
      "Điều 3.",
      "Điều 4.",
    ]);
    expect(doc.metadata.signer?.name).toBe("Vũ Thu Hà");
  });
});

describe("the sentences that close a text before its signature (Luật 76/2025/QH15, text; Thông báo of Trường Đại học Ngoại ngữ, Markdown)", async () => {
  const law = await outside("luat76_2025.txt");
  const notice = await outside("vju2_tb2184.md");

  it("sets the law's adoption sentence (line 214) and the notice's courtesy (line 100) at the top level, out of the last clause", () => {
    const adoption = law.body.children.find((n) => n.lines.includes(214));
    expect(adoption?.type).toBe("paragraph");
    expect(adoption?.text).toMatch(/^Luật này được Quốc hội .* thông qua ngày 17 tháng 6 năm 2025\.$/u);
    expect(law.metadata.signer?.name).toBe("Trần Thanh Mẫn");
    const courtesy = notice.body.children.find((n) => n.lines.includes(100));
    expect(courtesy?.text).toBe("Trân trọng thông báo./.");
    expect(notice.metadata.signer?.name).toBe("Hà Lê Kim Anh");
  });
});

describe("thuvienphapluat pages scraped to Markdown (outside batch 8, TuanHuu168/CongBot)", () => {
  it("rejoins syllables the page parted around a marked vowel (Quyết định 1351/QĐ-UBND, Quảng Ngãi)", async () => {
    const doc = await outside("congbot-quangngai-qd1351-2022.md");
    // Line 7: "| Số: 1351/QĐ-UBND | Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022 |".
    expect(doc.metadata.place).toBe("Quảng Ngãi");
    expect(doc.metadata.issuedOn).toBe("2022-10-04");
    // Line 61: "… | CHỦ TỊCH Đặ ng Văn Minh |"; "Bộ Lao động - Thương binh và X ã hội" among the recipients.
    expect(doc.metadata.signer?.name).toBe("Đặng Văn Minh");
    expect(doc.metadata.recipients).toContain("Bộ Lao động - Thương binh và Xã hội");
    expect(rules(doc)).toContain("broken-syllable");
    // Line 64: the portal's "| FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN |" after the signature is its own, set apart.
    expect(rules(doc)).toContain("portal-tail");
    expect(rules(doc)).not.toContain("text-after-closing");
  });

  it("keeps each '(để báo cáo)' with the recipient before its stop (Quyết định 6154/QĐ-UBND, Hà Nội)", async () => {
    const doc = await outside("congbot-hanoi-qd6154-2011.md");
    // "| Nơi nhận: - Như Điều 3; - Bộ LĐTB&XH; (để báo cáo) - TT Thành ủy; TT HĐND TP; (để báo cáo) - …".
    expect(doc.metadata.recipients).toEqual([
      "Như Điều 3",
      "Bộ LĐTB&XH (để báo cáo)",
      "TT Thành ủy; TT HĐND TP (để báo cáo)",
      "Đ/c Chủ tịch UBND TP (để báo cáo)",
      "Các đ/c PCT UBND TP",
      "Các đ/c PVP: Lý Văn Giao, Đỗ Đình Hồng",
      "Các phòng: LĐCSXH, TH, KT",
      "Lưu: VT",
    ]);
    expect(doc.metadata.signer?.name).toBe("Nguyễn Huy Tưởng");
  });

  it("reads a signature cell of two authorities and a deputy's title run together (Công văn 1414/TCT-CS)", async () => {
    const doc = await outside("congbot-tct-cv1414-2013.md");
    expect(doc.metadata.signer?.capacity).toEqual([
      "TL. TỔNG CỤC TRƯỞNG",
      "KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH",
      "PHÓ VỤ TRƯỞNG",
    ]);
    expect(doc.metadata.signer?.name).toBe("Ngô Văn Độ");
  });

  it("reads a signature cell of a name and '(Đã ký)' alone (Thông tư 04/2001/TT-BXD)", async () => {
    const doc = await outside("congbot-bxd-tt04-2001.md");
    expect(doc.metadata.signer).toMatchObject({ name: "Nguyễn Mạnh Kiểm", capacity: [] });
  });
});

describe("a form issued with a decision under its own title (Quyết định 323/QĐ-ĐHVN, Markdown transcription)", () => {
  it("opens an appendix at a title in capitals whose period in brackets stands before its caption", async () => {
    const doc = await outside("vju-qd323-2025.md");
    // Lines 61–63: "### **ĐÁNH GIÁ THỰC HIỆN DỰ TOÁN THU- CHI NGÂN SÁCH QUÝ**" ⏎ "**(Quý I Năm 2025)**" ⏎
    // "*(Kèm theo Quyết định số 323/QĐ-ĐHVN ngày 04 tháng 4 năm 2025 của Hiệu trưởng …)*".
    expect(doc.appendices).toHaveLength(1);
    expect(doc.appendices[0]!.title).toBe(
      "ĐÁNH GIÁ THỰC HIỆN DỰ TOÁN THU- CHI NGÂN SÁCH QUÝ (Quý I Năm 2025)",
    );
    expect(doc.appendices[0]!.caption).toMatch(
      /^\(Kèm theo Quyết định số 323\/QĐ-ĐHVN ngày 04 tháng 4 năm 2025/u,
    );
    expect(doc.appendices[0]!.tables).toHaveLength(1);
    expect(rules(doc)).not.toContain("text-after-closing");
    expect(doc.metadata.signer?.name).toBe("Nguyễn Hoàng Oanh");
  });
});

describe("a flattened recipients list from a plan of 2013 (Kế hoạch 252/KH-BCĐQG1237, thuvienphapluat)", () => {
  it("parts the list at a stop before the next dash, and rejoins the syllables the page set apart", async () => {
    const doc = await outside("congbot-kh252-bcdqg1237-2013.md");
    // Line 359: "… - Thành viên Ban Chỉ đạo quốc gia 1237; - VPCP: BTCN, …, KGVX. - Lưu: VT, BCĐQG1237(3b) | …".
    expect(doc.metadata.recipients).toHaveLength(13);
    expect(doc.metadata.recipients.at(-1)).toBe("Lưu: VT, BCĐQG1237(3b)");
    expect(doc.metadata.recipients[1]).toMatch(
      /^Các Bộ: Quốc phòng, Công an, Ngoại giao, .* Xã hội , Tài chính/u,
    );
    expect(doc.metadata.recipients[2]).toBe("UBND các tỉnh, thành phố trực thuộc TW");
    expect(doc.metadata.signer?.name).toBe("Nguyễn Thiện Nhân");
  });
});

describe("a document system's Markdown export (Thông tư 40/2026/TT-BXD)", async () => {
  const doc = await outside("tt40-2026-bxd_document-system-md.md");

  it("takes no issuer from the system's heading above the header ('# VĂN BẢN PHÁP LUẬT', line 11)", () => {
    expect(doc.metadata.issuer).toBe("BỘ XÂY DỰNG");
    expect(doc.metadata.documentNumber).toBe("40/2026/TT-BXD");
    expect(doc.metadata.issuedOn).toBe("2026-06-26");
  });

  it("reads a table's first row as its header under the empty row a converter wrote (lines 113–115)", () => {
    const table = doc.appendices[0]!.tables[0]!;
    expect(table.columns.map((c) => c.label)).toEqual([
      "TT",
      "Khoản mục chi phí",
      "Giá trị trước thuế",
      "Thuế GTGT",
      "Giá trị sau thuế",
      "Ký hiệu",
    ]);
    const near = doc.diagnostics.filter((d) => d.line !== null && d.line >= 113 && d.line <= 115);
    expect(near.map((d) => d.ruleId)).not.toContain("table-header-missing");
    expect(near.map((d) => d.ruleId)).not.toContain("table-fragment");
  });
});

describe("a 1989 law as a portal's text gives it (Luật 21-LCT/HĐNN8)", async () => {
  const doc = await outside("luat-21-LCT-HDNN8-1989_cp-vlc-text.txt");

  it("signs it by the name over '(Đã ký)' with no capacity printed (lines 209–210)", () => {
    expect(doc.metadata.signer).toMatchObject({ name: "Võ Chí Công", capacity: [] });
    expect(rules(doc)).not.toContain("text-after-closing");
  });

  it("reads the header's number and the subject after the title block's date (lines 3, 6)", () => {
    expect(doc.metadata).toMatchObject({
      documentType: "LUẬT",
      documentNumber: "21-LCT/HĐNN8",
      issuer: "QUỐC HỘI",
      issuedOn: "1989-06-30",
      subject: "VỀ BẢO VỆ SỨC KHOẺ NHÂN DÂN",
    });
  });
});

describe("a commune's decision saved from Word as a web page (Ban Thường trực MTTQ xã Lương Minh, 2026)", async () => {
  const path = "tests/fixtures/outside/qd-to-tiep-cong-dan-2026_mttq-luong-minh_word-html.htm";
  const { document: doc } = await convertFile(path);

  it("reads the header Word laid out in a floating table, its number left blank", () => {
    expect(doc.metadata).toMatchObject({
      documentType: "QUYẾT ĐỊNH",
      documentNumber: null,
      issuer: "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH BAN THƯỜNG TRỰC",
      place: "Lương Minh",
      issuedOn: "2026-01-12",
      subject:
        "Về việc thành lập Tổ tiếp công dân, xử lý đơn thư phục vụ bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031",
    });
  });

  it("reads the signature and the recipients Word set side by side", () => {
    expect(doc.metadata.signer).toMatchObject({ authority: "TM.", name: "Lan Thị Vân" });
    expect(doc.metadata.recipients).toHaveLength(7);
    expect(doc.metadata.recipients.at(-1)).toBe("Lưu: VT");
  });
});

describe("a layout table flattened with ' | ' between its cells (Quyết định 3218/QĐ-UBND of UBND tỉnh Quảng Bình, 2024; outside batch 18)", () => {
  it("reads the signature beside the last recipient", async () => {
    const doc = await convertText(`ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 3218/QĐ-UBND | Quảng Bình, ngày 18 tháng 11 năm 2024

QUYẾT ĐỊNH

VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH BAN HÀNH MỚI TRONG LĨNH VỰC CHĂN NUÔI

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Nơi nhận:
- Như Điều 4;
- Cổng TTĐT QB;
- Lưu: VT, KSTTHC. | KT. CHỦ TỊCH
PHÓ CHỦ TỊCH




Đoàn Ngọc Lâm
`);
    expect(doc.metadata).toMatchObject({
      documentNumber: "3218/QĐ-UBND",
      place: "Quảng Bình",
      issuedOn: "2024-11-18",
    });
    expect(doc.metadata.signer).toMatchObject({
      authority: "KT.",
      capacity: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      name: "Đoàn Ngọc Lâm",
    });
    expect(doc.metadata.recipients).toEqual(["Như Điều 4", "Cổng TTĐT QB", "Lưu: VT, KSTTHC"]);
  });
});

describe("a subject whose second line names a body and its term (Quyết định 729/QĐ-TTg, 2026, OCR text; outside batch 18)", () => {
  it("goes on past 'Ủy ban nhân dân …' when the line carries a year", async () => {
    const doc = await convertText(`THỦ TƯỚNG CHÍNH PHỦ
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 729/QĐ-TTg

Hà Nội, ngày 23 tháng 4 năm 2026

QUYẾT ĐỊNH
Phê chuẩn kết quả bầu chức vụ Chủ tịch
Ủy ban nhân dân thành phố Đà Nẵng nhiệm kỳ 2026 - 2031

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 02 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Phê chuẩn kết quả bầu chức vụ Chủ tịch.
`);
    expect(doc.metadata.subject).toBe(
      "Phê chuẩn kết quả bầu chức vụ Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng nhiệm kỳ 2026 - 2031",
    );
    expect(doc.metadata.issuer).toBe("THỦ TƯỚNG CHÍNH PHỦ");
    expect(doc.metadata.bases).toHaveLength(1);
  });
});

describe("a knowledge base's page: a title and a table of properties over the text (Quyết định 1074/QĐ-BXD, Markdown; outside batch 18)", () => {
  it("reads the header under them, the portal's heading over the text left out of the issuer", async () => {
    const doc = await convertText(
      `---
layout: vanban
sokyhieu: 1074/QĐ-BXD
---

# QUYẾT ĐỊNH

## THÔNG TIN VĂN BẢN

| Trường | Giá trị |
|--------|---------|
| Số ký hiệu | 1074/QĐ-BXD |
| Cơ quan ban hành | Bộ Xây dựng |

## VĂN BẢN

**BỘ XÂY DỰNG**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

Số: 1074/QĐ-BXD — Hà Nội, ngày 29 tháng 6 năm 2026

---

# QUYẾT ĐỊNH

Ban hành các giải pháp kỹ thuật nâng cao an toàn phòng cháy, chữa cháy

**BỘ TRƯỞNG BỘ XÂY DỰNG**

Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 ngày 29 tháng 6 năm 2024;

**QUYẾT ĐỊNH:**

### Điều 1.

Ban hành kèm theo Quyết định này các giải pháp kỹ thuật.
`,
      "markdown",
      "1074-2026-QD-BXD.md",
    );
    expect(doc.metadata).toMatchObject({
      documentType: "QUYẾT ĐỊNH",
      documentNumber: "1074/QĐ-BXD",
      issuer: "BỘ XÂY DỰNG",
      place: "Hà Nội",
      issuedOn: "2026-06-29",
      subject: "Ban hành các giải pháp kỹ thuật nâng cao an toàn phòng cháy, chữa cháy",
    });
    expect(rules(doc)).toContain("front-matter");
  });
});
