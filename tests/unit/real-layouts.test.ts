import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertFile, formatOf, readStage, Reporter } from "../../src/index.js";
import type { LegalDocument } from "../../src/model/document.js";
import { splitHeaderText } from "../../src/text/formulas.js";
import { convertLegacyLines, detectLegacyEncoding, syllableShare } from "../../src/text/legacy-encoding.js";
import { convertText, nodes, ownedLines, rules } from "../helpers.js";

const DIR = join(import.meta.dirname, "..", "fixtures", "layouts");
const load = async (name: string): Promise<LegalDocument> =>
  (await convertFile(join(DIR, name), { ocr: "off" })).document;

describe("a header and a closing laid out in two columns of text (Công văn 5973/UBND-KT)", async () => {
  const doc = await load("two-columns-as-text.txt");
  it("reads the issuer beside the quốc hiệu and the date beside the number", () => {
    expect(doc.metadata).toMatchObject({
      documentTypeCode: "officialLetter",
      documentNumber: "5973/UBND-KT",
      issuer: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
      place: "Lào Cai",
      issuedOn: "2026-06-11",
    });
    expect(doc.metadata.subject).toMatch(
      /^tăng cường công tác quản lý, thanh tra, kiểm tra hoạt động khoáng sản/,
    );
  });
  it("reads the signature column that runs beside the recipients, and keeps every recipient", () => {
    expect(doc.metadata.signer).toMatchObject({
      authority: "KT.",
      capacity: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      name: "Nguyễn Thành Sinh",
    });
    expect(doc.metadata.recipients).toEqual([
      "Như trên",
      "Bộ Nông nghiệp và Môi trường (để báo cáo)",
      "Cục Địa chất và Khoáng sản Việt Nam",
      "Chủ tịch UBND tỉnh",
      "Các PCT UBND tỉnh",
      "CVP, các PCVP UBND tỉnh",
      "Lưu: VT, KT(Thủy, Nho)",
    ]);
    expect(rules(doc)).not.toContain("text-after-closing");
  });
});

describe("a legal portal's saved page (Nghị quyết 119/2026/UBTVQH15 as vbpl.vn prints it)", async () => {
  const doc = await load("portal-page.html");
  it("finds the header past the portal's menu and title, and sets them apart", () => {
    const front = doc.body.children.find((n) => n.id === "front-matter");
    expect(front?.text).toMatch(/^Nội dung\nThuộc tính/);
    expect(rules(doc)).toContain("front-matter");
    expect(doc.metadata).toMatchObject({
      documentTypeCode: "resolution",
      documentNumber: "119/2026/UBTVQH15",
      issuer: "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
      place: "Hà Nội",
      issuedOn: "2026-01-22",
      subject: "Điều chỉnh Chương trình lập pháp năm 2026",
    });
  });
  it("reads the signature from its table cell, past '(Đã ký)'", () => {
    expect(doc.metadata.signer).toMatchObject({
      authority: "TM.",
      name: "Trần Thanh Mẫn",
      capacity: ["TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHỦ TỊCH"],
    });
    expect(doc.metadata.recipients).toEqual(["Chủ tịch nước", "Chính phủ", "Lưu: HC, PL"]);
  });
  it("builds no data table from the layout tables", () => {
    expect(doc.tables).toEqual([]);
    expect([...nodes(doc.body)].filter((n) => n.type === "table")).toEqual([]);
  });
  it("keeps both articles", () => {
    expect(doc.body.children.filter((n) => n.type === "article").map((n) => n.label)).toEqual([
      "Điều 1.",
      "Điều 2.",
    ]);
  });
});

describe("a transcription that opens with its title line (Nghị định 29/1998/NĐ-CP)", async () => {
  const doc = await load("title-line.txt");
  it("takes type, issuer, number, date and subject from the title line, with their line", () => {
    expect(doc.metadata).toMatchObject({
      documentTypeCode: "decree",
      documentType: "Nghị định",
      documentNumber: "29/1998/NĐ-CP",
      issuer: "Chính phủ",
      issuedOn: "1998-05-11",
      subject: "về việc ban hành Quy chế thực hiện dân chủ ở xã",
    });
    // The title line is this transcription's whole header: its fields are read there, on line 1.
    expect(doc.metadata.sources["documentNumber"]).toEqual({ via: "header", line: 1 });
  });
});

describe("a gazette page with banners before the header (Nghị định 282/2025/NĐ-CP, Công báo)", async () => {
  const doc = await load("gazette-banner.txt");
  it("starts the header at the body's name, not at the banner repeating it", () => {
    expect(doc.metadata).toMatchObject({
      documentNumber: "282/2025/NĐ-CP",
      issuer: "CHÍNH PHỦ",
      place: "Hà Nội",
      issuedOn: "2025-10-30",
      documentType: "NGHỊ ĐỊNH",
    });
    expect(doc.body.children[0]?.text).toBe(
      "CÔNG BÁO/Số 1583 + 1584/Ngày 17-11-2025\n2\nVĂN BẢN QUY PHẠM PHÁP LUẬT\nCHÍNH PHỦ",
    );
  });
});

describe("a Word 97 file typed in VNI fonts (Quyết định 991/QĐ-UBND, Bình Phước 2008)", async () => {
  const doc = await load("vni.doc");
  it("reads the binary file and converts the VNI text to Unicode", () => {
    expect(doc.source.format).toBe("doc");
    expect(rules(doc)).toContain("legacy-encoding");
    expect(doc.metadata).toMatchObject({
      documentTypeCode: "decision",
      documentNumber: "991/QĐ-UBND",
      issuer: "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
      place: "Đồng Xoài",
    });
    expect(doc.metadata.subject).toMatch(/^Về việc phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng/);
  });
});

describe("a Word 97 table whose cells hold several paragraphs (Kế hoạch of Sở Công Thương Lào Cai)", async () => {
  const doc = await load("word97-cells-of-paragraphs.doc");
  it("reads each row whole, a cell's paragraphs joined", () => {
    const table = [...doc.tables, ...doc.appendices.flatMap((a) => a.tables)][0]!;
    // Nine numbered tasks, "1." to "9.", as the appendix prints them.
    expect(table.records.map((r) => r.no)).toEqual(["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9."]);
    // Row 8 names three people, one per paragraph of its cell.
    expect(table.records[7]!.cells).toMatchObject({
      task: "Rà soát chứng chỉ trước khi trình",
      "nguoi-thuc-hien": "Đỗ Mạnh Cường Vũ Việt Linh Nguyễn Thị Loan",
    });
    // The paragraphs indented by a tab above the table stay paragraphs.
    expect(doc.metadata.bases.map((b) => b.text)).toContainEqual(
      expect.stringMatching(/^Căn cứ Quyết định số 05\/2025\/QĐ-UBND ngày 01\/7\/2025/u),
    );
  });
});

describe("an RTF file typed in TCVN3 fonts (Thông tư 99/1998/TT-BTC)", async () => {
  const doc = await load("tcvn3.rtf");
  it("reads the RTF and converts the TCVN3 text to Unicode", () => {
    expect(doc.source.format).toBe("rtf");
    expect(rules(doc)).toContain("legacy-encoding");
    expect(doc.metadata).toMatchObject({
      documentTypeCode: "circular",
      documentNumber: "99/1998/TT-BTC",
      issuedOn: "1998-07-14",
    });
    expect(doc.metadata.subject).toMatch(
      /^Hướng dẫn thi hành Nghị định số 30\/1998\/NĐ-CP ngày 13 tháng 5 năm 1998/,
    );
  });
});

describe.each([
  "two-columns-as-text.txt",
  "portal-page.html",
  "title-line.txt",
  "gazette-banner.txt",
  "vni.doc",
  "word97-cells-of-paragraphs.doc",
  "tcvn3.rtf",
])("%s", (name) => {
  it("is lossless: every line with text in exactly one node (several where columns share a line)", async () => {
    const bytes = new Uint8Array(readFileSync(join(DIR, name)));
    const blocks = await readStage.run(bytes, { format: formatOf(name) }, { report: new Reporter() });
    const doc = await load(name);
    const split = new Set(blocks.splitLines);
    const seen = new Set<number>();
    for (const line of ownedLines(doc)) {
      if (seen.has(line)) expect(split.has(line), `line ${line} is owned twice`).toBe(true);
      seen.add(line);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(blocks.contentLines);
  });
});

describe("header lines that run several formulas together", () => {
  it("cuts the issuer from the quốc hiệu, the motto from the quốc hiệu, a name from its rule", () => {
    expect(splitHeaderText("CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toEqual([
      "CHÍNH PHỦ",
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]);
    expect(splitHeaderText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------")).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    expect(splitHeaderText("QUỐC HỘI -------")).toEqual(["QUỐC HỘI"]);
    expect(splitHeaderText("Số: 07/NQ-CP Hà Nội, ngày 10 tháng 01 năm 2025")).toEqual([
      "Số: 07/NQ-CP",
      "Hà Nội, ngày 10 tháng 01 năm 2025",
    ]);
  });
  it("leaves a subject citing a number and a date whole", () => {
    const subject = "thực hiện Kết luận số 18-KL/TW, ngày 02/4/2026 của Ban Chấp hành Trung ương";
    expect(splitHeaderText(subject)).toEqual([subject]);
    expect(splitHeaderText("Căn cứ Luật số 80/2015/QH13")).toEqual(["Căn cứ Luật số 80/2015/QH13"]);
  });
});

describe("legacy 8-bit Vietnamese found by reading", () => {
  it("tells TCVN3 and VNI text from Unicode", () => {
    expect(detectLegacyEncoding(["Quèc héi n­íc céng hoµ x· héi chñ nghÜa ViÖt Nam kho¸ XI"])).toBe("tcvn3");
    expect(
      detectLegacyEncoding(["Veà vieäc pheâ duyeät Keá hoaïch thöïc hieän quy hoaïch söû duïng röøng"]),
    ).toBe("vni");
    expect(
      detectLegacyEncoding(["Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015 về việc ban hành"]),
    ).toBeNull();
  });
  it("gives capitals to words typed in TCVN3's capital font, and leaves sentence case alone (Luật 18/2003/QH11, .doc)", () => {
    expect(convertLegacyLines(["CHñ TÞCH QUèC HéI", "Hµ Néi, Quèc héi"], "tcvn3")).toEqual([
      "CHỦ TỊCH QUỐC HỘI",
      "Hà Nội, Quốc hội",
    ]);
  });
  it("scores Unicode Vietnamese as syllables and the look-alikes as not", () => {
    expect(syllableShare("Quốc hội nước cộng hoà xã hội chủ nghĩa Việt Nam").share).toBe(1);
    expect(syllableShare("Quèc héi n­íc céng hoµ").share).toBeLessThan(0.5);
  });
});

describe("a table header whose rows cannot be read (QĐ 1050/QĐ-SCT's appendix as text)", () => {
  it("warns with the header's line instead of dropping the table silently", async () => {
    const text = [
      "Phụ lục: DANH SÁCH CÁC ĐƠN VỊ KIỂM TRA",
      "TT Đơn vị kiểm tra Địa chỉ Doanh nghiệp Tên và địa chỉ Dự án",
      "Gói thầu số 13: Thi công công trình nối Quốc lộ 32 với cao tốc Nội Bài - Lào Cai",
      "Số 779, TDP Nguyễn Thái học 7, phường Trung Tâm",
    ].join("\n");
    const doc = await convertText(text);
    expect(doc.diagnostics.find((d) => d.ruleId === "table-region-unread")).toMatchObject({
      line: 2,
      severity: "warning",
    });
  });
});

describe("a text issued with a decree, its signature dropped by the transcription (NĐ 29/1998's Quy chế)", () => {
  it("opens the attachment at the type name over its 'kèm theo' caption, its chapters inside", async () => {
    const text = [
      "NGHỊ ĐỊNH",
      "về việc ban hành Quy chế thực hiện dân chủ ở xã",
      "Điều 1. Ban hành kèm theo Nghị định này bản Quy chế thực hiện dân chủ ở xã.",
      "Điều 2. Nghị định này có hiệu lực sau 15 ngày kể từ ngày ký.",
      "Quy chế",
      "Thực hiện dân chủ ở xã",
      "(Ban hành kèm theo Nghị định số 29/1998/NĐ-CP",
      "ngày 11 tháng 5 năm 1998 của Chính phủ)",
      "Chương I",
      "Điều 1. Quy chế thực hiện dân chủ ở xã nhằm phát huy quyền làm chủ của nhân dân.",
    ].join("\n");
    const doc = await convertText(text);
    const attachment = doc.body.children.find((n) => n.type === "attachment");
    expect(attachment?.label).toBe("Quy chế");
    expect(attachment?.lines[0]).toBe(5);
    expect([...nodes(attachment!)].filter((n) => n.type === "chapter").map((n) => n.label)).toEqual([
      "Chương I",
    ]);
    expect(doc.body.children.filter((n) => n.type === "article").map((n) => n.label)).toEqual([
      "Điều 1.",
      "Điều 2.",
    ]);
    expect(rules(doc)).not.toContain("text-after-closing");
  });

  it("does not open one on a sentence that merely names a Quy chế", async () => {
    const doc = await convertText(
      ["NGHỊ ĐỊNH", "Điều 1. Quy chế", "Điều 2. Quy chế này áp dụng (kèm theo danh mục)."].join("\n"),
    );
    expect(doc.body.children.some((n) => n.type === "attachment")).toBe(false);
  });
});

describe("a scan whose OCR reads the issuer column, then a signature stamp, then the quốc hiệu (CT 11/CT-UBND Hà Nội)", () => {
  // The first lines of the OCR text as tesseract gives them; the number and the day are unreadable.
  const text = [
    "ỦYBAN NHÂN DÂN",
    "THANH PHO HÀ NỌI",
    "Số: M\\_ /CT-UBND",
    "SAO Y; VĂN PHÒNG ỦY BAN NHÂN DÂN; 25/07/2025 10:25:14 +07:00",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hà Nội, ngày.#† tháng 7 năm 2025",
    "CHÍ THỊ",
    "Triển khai Chiến dịch “45 ngày đêm ra quân hỗ trợ hoạt động chuyển đổi số”",
    "I. MỤC TIÊU, YÊU CẦU",
    "- Bảo đảm cung cấp đầy đủ, kịp thời nhân sự.",
  ].join("\n");

  it("starts the header at the issuer, passes the stamp over, and reads type and place", async () => {
    const doc = await convertText(text);
    const m = doc.metadata;
    expect(m.issuer).toBe("ỦYBAN NHÂN DÂN THANH PHO HÀ NỌI");
    expect(m.documentType).toBe("CHỈ THỊ");
    expect(m.place).toBe("Hà Nội");
    expect(m.subject).toMatch(/^Triển khai Chiến dịch/);
    // What the OCR could not read is not guessed.
    expect(m.documentNumber).toBeNull();
    expect(m.issuedOn).toBeNull();
    expect(rules(doc)).not.toContain("front-matter");
  });

  it("never takes a signature stamp for the issuer", async () => {
    const doc = await convertText(text.split("\n").slice(3).join("\n"));
    expect(doc.metadata.issuer).toBeNull();
  });
});

describe("two documents in one file (Quyết định 1050/QĐ-SCT with its appendix, then Thông báo 1894/TB-SCT)", async () => {
  const path = join(DIR, "several-documents.txt");
  const doc = await load("several-documents.txt");
  const lines = readFileSync(path, "utf8").split("\n");
  const second = lines.findIndex((l, i) => i > 100 && /CỘNG HÕA XÃ HỘI/.test(l)) + 1;
  it("reads the first document's own header, appendix and signature as the document", () => {
    expect(doc.metadata).toMatchObject({ documentNumber: "1050/QĐ-SCT", issuedOn: "2026-03-06" });
    expect(doc.metadata.signer?.name).toBe("Hoàng Chí Hiền");
    expect(doc.appendices.map((a) => a.tables[0]?.records.length)).toEqual([3]);
  });
  it("reads the second with its own metadata, from its issuer lines above the quốc hiệu to its signature", () => {
    expect(doc.includedDocuments).toHaveLength(1);
    const [included] = doc.includedDocuments!;
    expect(included!.metadata).toMatchObject({
      documentType: "THÔNG BÁO",
      documentNumber: "1894/TB-SCT",
      place: "Lào Cai",
      issuedOn: "2026-04-09",
    });
    expect(included!.metadata.signer?.name).toBe("Hoàng Văn Thuân");
    const node = doc.body.children.find((n) => n.id === included!.nodeId)!;
    expect(node.type).toBe("document");
    expect(node.position.start.line).toBe(second);
    expect(rules(doc)).toContain("several-documents");
    expect(rules(doc)).not.toContain("text-after-closing");
  });
  it("gives every line to one document: the second's lines are all after the first's", () => {
    const included = doc.body.children.find((n) => n.type === "document")!;
    const theirs = [...nodes(included)].flatMap((n) => n.lines);
    const ours = ownedLines(doc).filter((l) => !theirs.includes(l));
    expect(Math.max(...ours)).toBeLessThan(second);
    expect(Math.min(...theirs)).toBe(second);
    expect(theirs).toContain(lines.length - 1);
  });
  it("takes a form's blank header inside an appendix for no document", async () => {
    const form = await convertText(
      [
        "CHÍNH PHỦ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 30/2020/NĐ-CP",
        "Hà Nội, ngày 05 tháng 3 năm 2020",
        "NGHỊ ĐỊNH",
        "Về công tác văn thư",
        "Điều 1. Phạm vi điều chỉnh",
        "Nghị định này quy định về công tác văn thư.",
        "Nơi nhận:",
        "- Lưu: VT.",
        "TM. CHÍNH PHỦ",
        "THỦ TƯỚNG",
        "Nguyễn Xuân Phúc",
        "Phụ lục III",
        "MẪU TRÌNH BÀY VĂN BẢN",
        "TÊN CƠ QUAN, TỔ CHỨC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: …/QĐ-…",
        "…, ngày … tháng … năm 20…",
      ].join("\n"),
    );
    expect(form.includedDocuments).toBeUndefined();
  });
});
