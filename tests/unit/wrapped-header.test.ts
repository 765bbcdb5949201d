import { describe, expect, it } from "vitest";
import { convertText } from "../helpers.js";

// A Word header table exported to PDF with narrower columns than Word's own: its cells wrap, and
// each wrapped piece comes out as a line of its own. The lines below are as such PDFs print them
// (Luật Hóa chất 69/2025/QH15 and a draft báo cáo of UBND tỉnh Lào Cai, 2026).

describe("a number label whose number wrapped to the next line", () => {
  const law = (label: string) => `QUỐC HỘI
-------
${label}
69/2025/QH15
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 14 tháng 6 năm 2025
LUẬT
HÓA CHẤT
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Hóa chất.
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về hóa chất.
`;
  it.each(["Luật số:", "Số:"])("reads '%s' and the number under it as the number line", async (label) => {
    const { metadata } = await convertText(law(label));
    expect(metadata).toMatchObject({
      documentNumber: "69/2025/QH15",
      issuer: "QUỐC HỘI",
      documentType: "LUẬT",
      place: "Hà Nội",
      issuedOn: "2025-06-14",
      subject: "HÓA CHẤT",
    });
  });
  it("leaves a line of a number alone in the body as body text", async () => {
    const doc = await convertText(`${law("Luật số: 69/2025/QH15")}Số:\n12/2025/QH15\n`);
    expect(doc.metadata.documentNumber).toBe("69/2025/QH15");
  });
});

describe("a draft's header: the quốc hiệu wrapped before its last word, the blank date before its year", () => {
  const draft = `UỶ BAN NHÂN
DÂN
TỈNH LÀO CAI
Số:
/BC-UBND
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT
NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày tháng năm
2026
BÁO CÁO
Công tác quản lý nhà nước về địa chất, khoáng sản năm 2025
trên địa bàn tỉnh Lào Cai
Kính gửi: Bộ Nông nghiệp và Môi trường.
I. KẾT QUẢ
1. Công tác chỉ đạo.
`;
  it("keeps the quốc hiệu out of the issuer, and reads the place, the type and the subject", async () => {
    const { metadata } = await convertText(draft);
    expect(metadata).toMatchObject({
      issuer: "UỶ BAN NHÂN DÂN TỈNH LÀO CAI",
      documentNumber: null,
      place: "Lào Cai",
      issuedOn: null,
      documentType: "BÁO CÁO",
      subject: "Công tác quản lý nhà nước về địa chất, khoáng sản năm 2025 trên địa bàn tỉnh Lào Cai",
    });
  });
});

describe("a blank date on a PDF line", () => {
  it("keeps 'ngày', 'tháng' and 'năm' on one line across the blanks, and parts real columns", async () => {
    const { linesOf } = await import("../../src/stages/read/pdf/lines.js");
    const glyph = (str: string, x: number, w: number, y = 700) => ({ str, x, y, w, size: 13, bold: false });
    const lines = linesOf([
      glyph("Số:", 60, 20, 720),
      glyph("/BC-UBND", 150, 60, 720),
      glyph("Lào Cai, ngày", 300, 80, 720),
      glyph("tháng", 420, 34, 720),
      glyph("năm 2026", 500, 56, 720),
    ]);
    expect(lines.map((l) => l.text)).toEqual(["Số:", "/BC-UBND", "Lào Cai, ngày tháng năm 2026"]);
  });
});

describe("a number's symbol cut at its hyphen by the column", () => {
  it.each([
    ["S ố: 15/KH-UBND", "15/KH-UBND"],
    ["Số: 15/KH-\nUBND", "15/KH-UBND"],
    ["Số:\n/KH-\nUBND", null],
  ])("reads %j as one number line", async (lines, number) => {
    const { metadata } = await convertText(`UBND TỈNH LÀO CAI
${lines}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 10 tháng 4 năm 2026
KẾ HOẠCH
Kiểm tra kỹ thuật an toàn vật liệu nổ công nghiệp
I. MỤC ĐÍCH
1. Bảo đảm an toàn.
`);
    expect(metadata).toMatchObject({ documentNumber: number, documentType: "KẾ HOẠCH", place: "Lào Cai" });
  });
});

describe("a place and date cut before its year by the column", () => {
  const notice = (dateLines: string) => `ỦY BAN NHÂN DÂN
TỈNH BÌNH THUẬN
Số:
/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM
Độc lập - Tự do - Hạnh phúc
${dateLines}
THÔNG BÁO
V/v chuẩn bị giải thể đối với một số hội quần chúng cấp tỉnh
Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ;
1. Thống nhất việc giải thể 06 hội.
`;
  it.each([
    ["Bình Thuận, ngày    tháng 12\nnăm 2024", null],
    ["Bình Thuận, ngày 14 tháng 12\nnăm 2024", "2024-12-14"],
    ["Bình Thuận, ngày\n14 tháng 12 năm 2024", "2024-12-14"],
  ])("joins %j back into one date", async (lines, issuedOn) => {
    const { metadata } = await convertText(notice(lines));
    expect(metadata).toMatchObject({
      issuer: "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN",
      place: "Bình Thuận",
      issuedOn,
      documentType: "THÔNG BÁO",
    });
  });
});

describe("Word files exported to PDF (tests/fixtures/layouts/about.md)", async () => {
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { convert } = await import("../../src/pipeline/runner.js");
  const load = async (name: string) => {
    const path = join(import.meta.dirname, "..", "fixtures", "layouts", name);
    return (await convert({ bytes: new Uint8Array(readFileSync(path)), path, format: "pdf" }, { ocr: "off" }))
      .document;
  };

  it("reads a header and a closing whose cells wrapped and never share a baseline", async () => {
    const doc = await load("word-export-narrow-cells.pdf");
    expect(doc.metadata).toMatchObject({
      issuer: "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN",
      documentNumber: null,
      documentType: "THÔNG BÁO",
      place: "Bình Thuận",
      issuedOn: null,
      subject:
        "V/v chuẩn bị giải thể đối với một số hội quần chúng cấp tỉnh có vi phạm quy định về tổ chức, hoạt động và quản lý hội",
    });
    expect(doc.metadata.signer).toMatchObject({
      name: "Nguyễn Minh",
      capacity: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    });
    expect(doc.metadata.recipients).toContain("Báo Bình Thuận");
  });

  it("joins a tiêu ngữ and a date line wrapped in their cell, where together they make the formula", async () => {
    const doc = await load("word-export-wrapped-motto.pdf");
    // "Độc lập - Tự do - Hạnh" ⏎ "phúc" and "Lào Cai, ngày tháng 4 năm" ⏎ "2026", each apart.
    expect(doc.metadata).toMatchObject({
      issuer: "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG",
      documentType: "THÔNG BÁO",
      place: "Lào Cai",
      issuedOn: null,
    });
    expect(doc.metadata.subject).toMatch(
      /^Kết quả kiểm tra việc chấp hành Quy định của pháp luật trong sử dụng/,
    );
  });

  it("joins a number's symbol cut at its hyphen, and ends the signer's name at the page", async () => {
    const doc = await load("word-export-appendix-after-signature.pdf");
    expect(doc.metadata).toMatchObject({
      issuer: "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG",
      documentType: "KẾ HOẠCH",
      place: "Lào Cai",
    });
    expect(doc.metadata.signer?.name).toBe("Hoàng Văn Thuân");
    expect(doc.appendices[0]?.title).toMatch(/^PHÂN CÔNG NHIỆM VỤ/);
  });

  it("reads TCVN3 look-alikes under a font that names no legacy encoding", async () => {
    const doc = await load("tcvn3-font-replaced.pdf");
    expect(doc.metadata).toMatchObject({
      documentNumber: "114/2003/NĐ-CP",
      issuer: "Chính phủ",
      issuedOn: "2003-10-10",
    });
    expect(doc.metadata.bases[0]?.text).toBe("Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;");
    expect(doc.diagnostics.some((d) => d.ruleId === "legacy-font" && d.page === 1)).toBe(true);
  });

  it("puts back the bare ư the PDF's maker did not draw (TCVN3's soft-hyphen code)", async () => {
    const doc = await load("tcvn3-font-replaced.pdf");
    // The PDF prints "phêng" and "Ch¬ng I": "phờng", "Chơng" once converted.
    expect(doc.metadata.subject).toBe("về cán bộ, công chức xã, phường, thị trấn");
    const chapters = doc.body.children.filter((n) => n.type === "chapter");
    expect(chapters.map((n) => n.label)).toEqual(
      ["I", "II", "III", "IV", "V", "VI", "VII"].map((n) => `Chương ${n}`),
    );
    expect(chapters[0]?.title).toBe("Những quy định chung");
    expect(doc.metadata.signer?.name).toBe("Phan Văn Khải");
    expect(doc.diagnostics.filter((d) => d.ruleId === "legacy-lost-u")).toHaveLength(1);
  });

  it("puts a fallback font's letters back into the spaces left for them, and keeps centred titles in place", async () => {
    const doc = await load("libreoffice-fallback-font.pdf");
    // As printed: "Luật số: 69/2025/QH15" ⏎ "LUẬT" ⏎ "HÓA CHẤT"; the spaces were "Lu t s", "LU T".
    expect(doc.metadata).toMatchObject({
      documentType: "LUẬT",
      documentNumber: "69/2025/QH15",
      issuer: "QUỐC HỘI",
      place: "Hà Nội",
      issuedOn: "2025-06-14",
      subject: "HÓA CHẤT",
    });
    expect(doc.metadata.bases.map((b) => b.text)).toEqual([
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
    ]);
    const chapter = doc.body.children.find((n) => n.type === "chapter");
    expect(chapter).toMatchObject({ label: "Chương I", title: "QUY ĐỊNH CHUNG" });
    expect(chapter?.children[0]?.label).toBe("Điều 1.");
    expect(chapter?.children[0]?.title).toBe("Phạm vi điều chỉnh");
    expect(doc.metadata.signer?.name).toBe("Trần Thanh Mẫn");
  });
});

describe("a planning decision's location under its subject (QĐ 2858/QĐ-UBND Hà Nội, PDF text export)", () => {
  it("ends the subject before 'Địa điểm:'", async () => {
    const { metadata } =
      await convertText(`    ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    THÀNH PHỐ HÀ NỘI                     Độc lập - Tự do - Hạnh phúc
    Số: 2858 /QĐ-UBND                  Hà Nội, ngày 10 tháng 6 năm 2025

                                 QUYẾT ĐỊNH
Về việc phê duyệt đồ án Điều chỉnh cục bộ Quy hoạch chi tiết khu vực Bắc Cổ
Nhuế - Chèm, tỷ lệ 1/500 tại các ô đất quy hoạch ký hiệu K4/CQ2 và K7/CQ3
                   Địa điểm: các phường Cổ Nhuế 2 và Xuân Đỉnh,
                      quận Bắc Từ Liêm, thành phố Hà Nội.

                  ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI

       Căn cứ Luật Thủ đô ngày 28/6/2024;
       Điều 1. Phê duyệt đồ án.
`);
    expect(metadata.subject).toBe(
      "Về việc phê duyệt đồ án Điều chỉnh cục bộ Quy hoạch chi tiết khu vực Bắc Cổ Nhuế - Chèm, tỷ lệ 1/500 tại các ô đất quy hoạch ký hiệu K4/CQ2 và K7/CQ3",
    );
  });
});

describe("the line under the tên loại that names who made it (a Politburo resolution, an old decision)", () => {
  const resolution = (of: string, subject: string) => `BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 57-NQ/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 22 tháng 12 năm 2024
NGHỊ QUYẾT
${of}
${subject}

Phát triển khoa học, công nghệ là yếu tố quyết định.

I. TÌNH HÌNH
1. Kết quả đạt được.
`;
  it("keeps 'CỦA BỘ CHÍNH TRỊ' out of the subject", async () => {
    const { metadata, body } = await convertText(
      resolution("CỦA BỘ CHÍNH TRỊ", "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo"),
    );
    expect(metadata).toMatchObject({
      documentNumber: "57-NQ/TW",
      documentType: "NGHỊ QUYẾT",
      issuedOn: "2024-12-22",
      subject: "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo",
    });
    // The line stays in the header with the type it belongs to.
    const header = body.children.find((c) => c.type === "header")!;
    expect(JSON.stringify(header)).toContain("CỦA BỘ CHÍNH TRỊ");
  });
  it("reads the same in sentence case, and a subject that itself opens with 'của' stays whole", async () => {
    expect(
      (await convertText(resolution("của Thủ tướng Chính phủ", "Về việc phê duyệt Đề án"))).metadata.subject,
    ).toBe("Về việc phê duyệt Đề án");
    // Not a body's name alone: the subject.
    expect(
      (await convertText(resolution("CỦA CÁC ĐỊA PHƯƠNG VỀ PHÒNG CHỐNG THIÊN TAI", ""))).metadata.subject,
    ).toBe("CỦA CÁC ĐỊA PHƯƠNG VỀ PHÒNG CHỐNG THIÊN TAI");
  });
});

describe("a letter whose issuer column, number and V/v are read before the party's name, under a title", () => {
  const letter = (mark: string) => `## Công văn số 402-CV/VPĐU

ĐẢNG ỦY CHÍNH PHỦ
VĂN PHÒNG
${mark}
Số 402-CV/VPĐU
V/v xin ý kiến dự thảo báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 25 tháng 5 năm 2025

Kính gửi: Các đồng chí Ủy viên Ban Thường vụ.

Văn phòng kính đề nghị các đồng chí cho ý kiến.
`;
  it.each(["*", "-----"])("reads the issuer and the subject from the column (mark '%s')", async (mark) => {
    const { metadata } = await convertText(letter(mark));
    expect(metadata).toMatchObject({
      documentNumber: "402-CV/VPĐU",
      issuer: "ĐẢNG ỦY CHÍNH PHỦ VĂN PHÒNG",
      issuedOn: "2025-05-25",
      subject: "xin ý kiến dự thảo báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW",
    });
  });
});

describe("a header formula wrapped in its cell", async () => {
  const { completesFormula } = await import("../../src/text/formulas.js");
  it.each([
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM"],
    ["Độc lập - Tự do - Hạnh", "phúc"],
    ["Lào Cai, ngày tháng 4 năm", "2026"],
    ["Hà Nội, ngày 14 tháng", "6 năm 2025"],
  ])("'%s' ⏎ '%s' is one formula", (a, b) => expect(completesFormula(a, b)).toBe(true));
  it.each([
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    ["Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 10 tháng 4 năm 2026"],
    ["Lào Cai, ngày 10 tháng 4 năm 2026", "KẾ HOẠCH"],
    ["Tổ chức họp vào năm", "2026 tại trụ sở"],
  ])("'%s' ⏎ '%s' are two lines", (a, b) => expect(completesFormula(a, b)).toBe(false));
});
