import { describe, expect, it } from "vitest";
import { convert } from "../../src/pipeline/runner.js";
import { htmlLines } from "../../src/stages/read/html/lines.js";
import { normalizeDocumentNumber, parseDocumentNumber } from "../../src/text/document-number.js";
import { isStampOnly } from "../../src/stages/read/pdf/stamp.js";
import { personName } from "../../src/text/formulas.js";
import { stampedGlyphs } from "../../src/stages/read/pdf/stamped-text.js";
import type { LegalDocument } from "../../src/model/document.js";
import type { LegalNode } from "../../src/model/node.js";
import { convertText, rules } from "../helpers.js";

// Every text below is cut from a corpus document (named in its describe), kept as it was printed.

const DECISION_HEADER = `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 TỈNH LÀO CAI                             Độc lập - Tự do - Hạnh phúc

Số: 16 /2026/QĐ-UBND                   Lào Cai, ngày 25 tháng 02 năm 2026

                            QUYẾT ĐỊNH
   Ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Lào Cai

     Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.
`;

describe("a signer's name printed level with a recipient (Quyết định 16/2026/QĐ-UBND, OCR text)", async () => {
  const doc = await convertText(`${DECISION_HEADER}
Nơi nhận:                                       TM. ỦY BAN NHÂN DÂN
- Văn phòng Chính phủ;
- Bộ Công Thương;                                   KT. CHỦ TỊCH
- Cục KTVB và QLXPVPHC - Bộ Tư pháp;                PHÓ CHỦ TỊCH
- Công ty Điện lực Lào Cai;
- Các BQL dự án ĐTXD tỉnh, Khu vực;                 Nguyễn Thế Phước
- Trung tâm TT và HN tỉnh;
- Lưu: VT, KT(Đức, Long).
`);
  it("reads the name out of the recipient's line, and the recipient without it", () => {
    expect(doc.metadata.signer).toMatchObject({
      name: "Nguyễn Thế Phước",
      capacity: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    });
    expect(doc.metadata.recipients).toContain("Các BQL dự án ĐTXD tỉnh, Khu vực");
  });
});

describe("a capacity line beside a recipient that wraps (Kế hoạch 1105/KH-ĐKT, text)", async () => {
  const doc = await convertText(`${DECISION_HEADER}
Nơi nhận:                                         T/M. ĐOÀN KIỂM TRA
- Giám đốc Sở (để báo cáo và phê duyệt);
- Văn phòng Sở (Bố trí kinh phí, phương              TRƯỞNG ĐOÀN
tiện Phục vụ Đoàn kiểm tra);
- Thành viên Đoàn (để thực hiện);
- Lưu: VT, CN(M. Cường).



                                                     Hoàng Văn Thuân
`);
  it("keeps the recipient whole and finds the name under the list", () => {
    expect(doc.metadata.recipients).toContain(
      "Văn phòng Sở (Bố trí kinh phí, phương tiện Phục vụ Đoàn kiểm tra)",
    );
    expect(doc.metadata.signer).toMatchObject({
      name: "Hoàng Văn Thuân",
      capacity: ["T/M. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN"],
    });
  });
});

describe("a body founded by a decision names it in its heading (Kế hoạch 1105/KH-ĐKT)", async () => {
  const doc = await convertText(`   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh Phúc
  THEO QUYẾT ĐỊNH
   SỐ 1050/QĐ-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026

     Số: 1105/KH-ĐKT

                               KẾ HOẠCH
Kiểm tra việc chấp hành Quy định pháp luật trong sử dụng và bảo quản vật
               liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai
`);
  it("keeps the decision's number in the issuer and takes the plan's own number", () => {
    expect(doc.metadata).toMatchObject({
      documentNumber: "1105/KH-ĐKT",
      issuer: "SỞ CÔNG THƯƠNG ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT",
      issuedOn: "2026-03-10",
    });
  });
});

describe("a signature stacked in a tab-indented block, Word's page field after it (Luật 18/2003/QH11)", async () => {
  const doc = await convertText(`QUỐC HỘI

Luật số: 18/2003/QH11

LUẬT
HỢP TÁC XÃ

Điều 52. Hướng dẫn thi hành
Chính phủ quy định chi tiết và hướng dẫn thi hành Luật này.

Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XI, kỳ họp thứ 4 thông qua ngày 26 tháng 11 năm 2003.

\t\t\t\t\t\tCHỦ TỊCH QUỐC HỘI
(Đã ký)

\t\t\t\t\t\t\t\tNguyễn Văn An
PAGE  25
`);
  it("reads the capacity and the name, and keeps the page field as furniture", () => {
    expect(doc.metadata.signer).toMatchObject({ name: "Nguyễn Văn An" });
    expect(doc.metadata.issuedOn).toBe("2003-11-26");
    expect(rules(doc)).not.toContain("text-after-closing");
  });
});

describe("a transcription's labelled closing (Nghị định 30/2020/NĐ-CP, Markdown)", async () => {
  const doc = await convertText(
    `# NGHỊ ĐỊNH 30/2020/NĐ-CP — Về công tác văn thư

### Điều 38. Trách nhiệm thi hành

1. Bộ trưởng Bộ Nội vụ có trách nhiệm triển khai thực hiện và kiểm tra việc thi hành Nghị định này.

> **Ký ban hành**: TM. CHÍNH PHỦ — THỦ TƯỚNG — Nguyễn Xuân Phúc  
> **Nơi nhận**: Ban Bí thư TW Đảng; Thủ tướng, các Phó Thủ tướng CP.
`,
    "markdown",
    "input.md",
  );
  it("reads authority, capacity and name from the label's parts", () => {
    expect(doc.metadata.signer).toMatchObject({
      authority: "TM.",
      name: "Nguyễn Xuân Phúc",
      capacity: ["TM. CHÍNH PHỦ", "THỦ TƯỚNG"],
    });
  });
});

describe("the adoption sentence dates a resolution adopted at a session (Nghị quyết 105/2025/UBTVQH15)", async () => {
  const doc = await convertText(`ỦY BAN THƯỜNG VỤ QUỐC HỘI

Nghị quyết số: 105/2025/UBTVQH15

NGHỊ QUYẾT
CHƯƠNG TRÌNH LẬP PHÁP NĂM 2026

Điều 3. Nghị quyết này có hiệu lực thi hành từ ngày thông qua./.

Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV thông qua tại Phiên họp thứ 49 ngày 26 tháng 9 năm 2025.
`);
  it("takes the date after the session's name", () => expect(doc.metadata.issuedOn).toBe("2025-09-26"));
});

describe("a portal page's furniture after the document (Luật 140/2025/QH15 as vbpl.vn prints it)", () => {
  const page = `<html><body><div class="menu"><div>Nội dung</div><div>Thuộc tính</div></div>
<main><div class="content">
<p><b>QUỐC HỘI</b></p><p><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Luật số: 140/2025/QH15</p>
<p><b>LUẬT</b></p><p><b>SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁ</b></p>
<p><b>Điều 2. Hiệu lực thi hành</b></p>
<p>1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026, trừ trường hợp quy định tại khoản 2, khoản 3 Điều này.</p>
<p>Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp thứ 10 thông qua ngày 10 tháng 12 năm 2025.</p>
<p><b>CHỦ TỊCH QUỐC HỘI</b></p><p><b>(Đã ký)</b></p><p><b>Trần Thanh Mẫn</b></p>
</div>
<div class="footer"><p>CƠ SỞ DỮ LIỆU QUỐC GIA VỀ PHÁP LUẬT</p><p>Đơn vị chủ quản:</p><p>Bộ Tư pháp</p></div>
<div class="toc"><p>Mục lục</p><p>Điều 2. Hiệu lực thi hành</p><p>Khoản 1</p></div>
</main></body></html>`;
  it("leaves out what follows the document and keeps what stands before it", () => {
    const texts = htmlLines(page, true).lines.map((l) => l.text);
    expect(texts).toContain("Nội dung");
    expect(texts.at(-1)).toBe("Trần Thanh Mẫn");
    expect(htmlLines(page).lines.map((l) => l.text)).toContain("Mục lục");
  });
  it("reads the signer and the date, and repeats no article", async () => {
    const { document: doc } = await convert({
      bytes: new TextEncoder().encode(page),
      path: "p.html",
      format: "html",
    });
    expect(doc.metadata).toMatchObject({ issuedOn: "2025-12-10", signer: { name: "Trần Thanh Mẫn" } });
    expect(doc.body.children.filter((n) => n.type === "article").map((n) => n.label)).toEqual(["Điều 2."]);
    expect(rules(doc)).toContain("portal-furniture");
  });
});

describe("OCR and font misprints of a number's type (Quyết định 1629/QĐ-UBND scan, Kế hoạch 1105 signed PDF)", () => {
  it("undoes a doubled letter only where that gives a known type", () => {
    expect(normalizeDocumentNumber("1629 /QĐĐ-UBND")).toBe("1629/QĐ-UBND");
    expect(normalizeDocumentNumber("12/TTr-SNV")).toBe("12/TTr-SNV");
    expect(normalizeDocumentNumber("45/BNN-TT")).toBe("45/BNN-TT");
  });
  it("reads a fraction slash as the number's slash", async () => {
    const doc = await convertText(
      "SỞ CÔNG THƯƠNG\n\nSố: 1105\u2044KH-ĐKT\n\nKẾ HOẠCH\nKiểm tra việc chấp hành\n",
    );
    expect(doc.metadata.documentNumber).toBe("1105/KH-ĐKT");
  });
});

describe("a scanned page under a copy stamp (Chỉ thị 11/CT-UBND, Hà Nội, signed copy)", () => {
  it("takes a page whose only text is the stamp for an image, and a page of text for text", () => {
    expect(isStampOnly("SAO Y; VĂN PHÒNG ỦY BAN NHÂN DÂN; 25/07/2025 10:25:14 +07:00")).toBe(true);
    expect(
      isStampOnly(
        "Nơi nhận: - Như Điều 3; - Lưu: VT. Ký bởi: Sở Tư pháp 09.04.2026 16:02:11 +07:00 " +
          "văn bản ".repeat(20),
      ),
    ).toBe(false);
    expect(isStampOnly("PHỤ LỤC")).toBe(false);
  });
});

describe("a Government session's dotted resolution number (Nghị quyết 66.19/2026/NQ-CP)", () => {
  it("reads the number whole", () => {
    expect(parseDocumentNumber("66.19/2026/NQ-CP")).toMatchObject({
      number: "66.19/2026/NQ-CP",
      typeCode: "resolution",
    });
  });
});

describe("a quotation its author never closed (Báo cáo UBND Lào Cai 2026, draft DOCX)", async () => {
  const doc = await convertText(
    `**7. Các nội dung theo yêu cầu**

**7.3. Phân tích, nhận diện những bất cập còn tồn tại**

Tại điểm c, khoản 2, Điều 100, Luật Địa chất và khoáng sản năm 2024 quy định như sau:

“c) Khu vực khoáng sản đá vôi, sét làm nguyên liệu sản xuất xi măng là nguồn nguyên liệu cho nhà máy chế biến khoáng sản đang hoạt động theo quy định của pháp luật;

Nội dung này, đề nghị Bộ Nông nghiệp và Môi trường có Văn bản hướng dẫn.

**7.4. Đánh giá tổng hợp công tác bảo vệ môi trường**

**8. Đánh giá chung về thuận lợi, khó khăn và tồn tại**
`,
    "markdown",
    "input.md",
  );
  it("ends the quotation at the next heading of the document's own numbering, with a warning", () => {
    const labels = (n: LegalDocument["body"]): string[] =>
      n.children.flatMap((c) => (c.type === "item" ? [c.label ?? "", ...labels(c)] : labels(c)));
    expect(labels(doc.body)).toEqual(["7.", "7.3.", "7.4.", "8."]);
    expect(rules(doc)).toContain("quote-unclosed");
  });

  it("ends it at a dotted number that follows an open one in plain text, which prints no bold", async () => {
    // The same report through pandoc's plain text: no emphasis anywhere.
    const plain = await convertText(`7. Các nội dung theo yêu cầu

7.3. Phân tích, nhận diện những bất cập còn tồn tại

Tại điểm c, khoản 2, Điều 100, Luật Địa chất và khoáng sản năm 2024 quy định như sau:

“c) Khu vực khoáng sản đá vôi là nguồn nguyên liệu cho nhà máy chế biến khoáng sản đang hoạt động;

3. Nội dung này, đề nghị Bộ Nông nghiệp và Môi trường có Văn bản hướng dẫn.

7.4. Đánh giá tổng hợp công tác bảo vệ môi trường

8. Đánh giá chung về thuận lợi, khó khăn và tồn tại
`);
    const labels = (n: LegalDocument["body"]): string[] =>
      n.children.flatMap((c) => (c.type === "item" ? [c.label ?? "", ...labels(c)] : labels(c)));
    // "3." inside the quotation could be the quoted text's own: only "7.4." ends it.
    expect(labels(plain.body)).toEqual(["7.", "7.3.", "7.4.", "8."]);
    expect(rules(plain)).toContain("quote-unclosed");
  });
});

describe("a joint circular (Thông tư liên tịch 29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC)", async () => {
  const SIX_BODIES =
    "BỘ TƯ PHÁP - BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ TÀI CHÍNH - TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO";
  const doc = await convertText(`${SIX_BODIES}
Số: 29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 31 tháng 12 năm 2025

THÔNG TƯ LIÊN TỊCH
Sửa đổi, bổ sung một số điều của Thông tư liên tịch số 10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC

Điều 3. Hiệu lực thi hành
Thông tư liên tịch này có hiệu lực thi hành kể từ ngày ký./.

KT. BỘ TRƯỞNG
BỘ CÔNG AN
THỨ TRƯỞNG
(Đã ký)
Thượng tướng Lê Quốc Hùng

KT. BỘ TRƯỞNG
BỘ TƯ PHÁP
THỨ TRƯỞNG
(Đã ký)
Nguyễn Thanh Ngọc

KT. VIỆN TRƯỞNG VIỆN KIỂM SÁT
NHÂN DÂN TỐI CAO
PHÓ VIỆN TRƯỞNG
(Đã ký)
Hồ Đức Anh

Nơi nhận:
- Công báo;
- Lưu: VT BTP, BCA.
`);
  it("reads the issuer line that names six bodies, and the lead body's signer", () => {
    expect(doc.metadata).toMatchObject({
      issuer: SIX_BODIES,
      place: "Hà Nội",
      issuedOn: "2025-12-31",
      signer: { name: "Nguyễn Thanh Ngọc" },
    });
  });

  it("reads the six bodies wrapped at a dash, the next line opening on it", async () => {
    // Printed from the portal, the issuers' column wraps before " - ": "- TÒA ÁN …" is no list item.
    const wrapped = await convertText(`BỘ TƯ PHÁP - BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ TÀI CHÍNH
- TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN
TỐI CAO
Số: 29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 31 tháng 12 năm 2025
THÔNG TƯ LIÊN TỊCH
Sửa đổi, bổ sung một số điều

Điều 1. Sửa đổi, bổ sung một số điều
`);
    expect(wrapped.metadata).toMatchObject({
      issuer: SIX_BODIES,
      documentType: "THÔNG TƯ LIÊN TỊCH",
      issuedOn: "2025-12-31",
      place: "Hà Nội",
    });
    expect(rules(wrapped)).not.toContain("header-missing");
  });
});

describe("a number and a day stamped into fields by the signing tool (Quyết định 2858/QĐ-UBND, Kế hoạch 3070/KH-UBND)", () => {
  const OPS = {
    beginAnnotation: 1,
    endAnnotation: 2,
    setTextMatrix: 3,
    moveText: 4,
    setFont: 5,
    showText: 6,
    showSpacedText: 7,
  };
  const glyphs = (s: string) => [...s].map((unicode) => ({ unicode, width: unicode === " " ? 250 : 500 }));
  it("reads the fields' text at their place on the page, and leaves a long details box out", () => {
    const list = {
      fnArray: [1, 5, 3, 6, 2, 1, 5, 3, 6, 2, 1, 6, 2],
      argsArray: [
        [0, [130, 725, 328, 754], [1, 0, 0, 1, 130, 725], [1, 0, 0, 1, 0, 0]],
        ["f1", 13],
        [[1, 0, 0, 1, 4, 5]],
        [glyphs("2858")],
        [],
        [1, [401, 728, 466, 745], [1, 0, 0, 1, 401, 728], [1, 0, 0, 1, 0, 0]],
        ["f1", 13],
        [[1, 0, 0, 1, 0, 4]],
        [glyphs("09            9")],
        [],
        [2, [0, 0, 200, 40], [1, 0, 0, 1, 400, 40], [1, 0, 0, 1, 0, 0]],
        [glyphs("Ký bởi: Ủy ban nhân dân thành phố Hà Nội, thời gian ký: 10.06.2025 16:02:11 +07:00")],
        [],
      ],
    };
    const out = stampedGlyphs(list, OPS);
    expect(out.map((g) => [g.str, Math.round(g.x), Math.round(g.y)])).toEqual([
      ["2858", 134, 730],
      ["09", 401, 732],
      ["9", 401 + Math.round(((2 * 500 + 12 * 250) * 13) / 1000), 732],
    ]);
  });
  it("reads a number stamped with a dot before its slash", () => {
    expect(normalizeDocumentNumber("3070. /KH-UBND")).toBe("3070/KH-UBND");
  });
});

describe("an old transcription that lost its capitals (Nghị định 28/2003/NĐ-CP, Thông tư 120/2002/TT-BTC)", async () => {
  const doc = await convertText(`Chính phủ

SỐ: 28 /2003/NĐ-CP
Cộng hoà xã hội chủ nghĩa việt nam
Hà Nội, ngày 31 tháng 3 năm 2003

Chương III
Điều khoản thi hành

Điều 17. Bộ trưởng Bộ Tài chính chịu trách nhiệm thi hành Nghị định này.

Nơi nhận:
- Công báo,
- Lưu: KTTH (5b), Văn thư.
thủ tướng chính phủ

                         (Đã ký)

    Phan Văn Khải
`);
  it("reads a capacity in lower case as a capacity, not as the last recipient's words", () => {
    expect(doc.metadata.signer).toMatchObject({ name: "Phan Văn Khải", capacity: ["thủ tướng chính phủ"] });
    expect(doc.metadata.recipients).toEqual(["Công báo", "Lưu: KTTH (5b), Văn thư"]);
  });
});

describe("where a subject ends (Chỉ thị 07/CT-TTg, DOCX)", () => {
  it("does not run a subject in capitals into the paragraph after it", async () => {
    const doc = await convertText(`THỦ TƯỚNG CHÍNH PHỦ
Số: 07/CT-TTg
CHỈ THỊ
VỀ VIỆC CHẤN CHỈNH CÔNG TÁC QUẢN LÝ VÀ NÂNG CAO HIỆU QUẢ HOẠT ĐỘNG CỦA CÁC KHU KINH TẾ
Trong thời gian qua, các khu kinh tế ven biển đã góp phần hiện đại hóa hệ thống kết cấu hạ tầng.
`);
    expect(doc.metadata.subject).toBe(
      "VỀ VIỆC CHẤN CHỈNH CÔNG TÁC QUẢN LÝ VÀ NÂNG CAO HIỆU QUẢ HOẠT ĐỘNG CỦA CÁC KHU KINH TẾ",
    );
  });
});

describe("an appendix that prints no 'PHỤ LỤC' (Kế hoạch Sở Công Thương Lào Cai 2026, draft DOCX)", async () => {
  const doc = await convertText(
    `SỞ CÔNG THƯƠNG

Số: /KH-SCT

KẾ HOẠCH

Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn

I. MỤC ĐÍCH, YÊU CẦU

Bảo đảm đúng quy định.

KT. GIÁM ĐỐC

PHÓ GIÁM ĐỐC

Hoàng Văn Thuân

PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA

(Kèm theo Kế hoạch số /KH-SCT ngày /4/2026 của Sở Công Thương)

| TT | Nhiệm vụ thực hiện | Người thực hiện | Ghi chú |
|---|---|---|---|
| 1 | Tổ trưởng, phụ trách chung | Ông Nguyễn Văn A | |
| 2 | Kiểm tra hồ sơ | Ông Trần Văn B | |
`,
    "markdown",
    "input.md",
  );
  it("reads the title over '(Kèm theo …)' after the signature as an appendix holding the table", () => {
    expect(doc.appendices.map((a) => a.title)).toEqual(["PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA"]);
    expect(doc.appendices[0]!.tables.map((t) => t.records.length)).toEqual([2]);
    expect(rules(doc)).not.toContain("text-after-closing");
  });
});

describe("a text extracted without its header (Hướng dẫn 36-HD/VPTW, Markdown extract)", async () => {
  const doc = await convertText(
    `> Nguon: templates/36-HD_VPTW_380096.docx

HƯỚNG DẪN
THỂ THỨC VÀ KỸ THUẬT TRÌNH BÀY VĂN BẢN CỦA ĐẢNG
Thực hiện Quy định số 66-QĐ/TW, ngày 06/02/2017 của Ban Bí thư Trung ương Đảng.
I- HƯỚNG DẪN CHUNG
1. Phạm vi điều chỉnh
Văn bản này hướng dẫn về thể thức và kỹ thuật trình bày văn bản của Đảng.
2. Đối tượng áp dụng
Văn bản này áp dụng đối với các cấp uỷ.
3. Yêu cầu
Văn bản chính thức phải thống nhất thể thức.
II- HƯỚNG DẪN CỤ THỂ
1. Các thành phần thể thức bắt buộc
1.1. Tiêu đề "Đảng Cộng sản Việt Nam"
Ví dụ:
ĐẢNG CỘNG SẢN VIỆT NAM
1.2. Tên cơ quan ban hành văn bản
`,
    "markdown",
    "input.md",
  );
  it("reads its tên loại and subject as its header, and the party name below as an example in the body", () => {
    expect(doc.metadata).toMatchObject({
      documentTypeCode: "guidance",
      subject: "THỂ THỨC VÀ KỸ THUẬT TRÌNH BÀY VĂN BẢN CỦA ĐẢNG",
    });
    expect(doc.body.children.filter((n) => n.type === "section").map((n) => n.label)).toEqual(["I-", "II-"]);
  });
});

describe("a gazette's back page joined to the signer's name (Nghị định 282/2025/NĐ-CP, Công báo PDF)", () => {
  it("reads the name before the capitals that follow it, and no name in capitals alone", () => {
    expect(personName("Phạm Minh Chính VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN")).toBe("Phạm Minh Chính");
    expect(personName("VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN")).toBeNull();
    expect(personName("Thượng tướng Lê Quốc Hùng")).toBe("Lê Quốc Hùng");
  });
});

describe("an old transcription's type line naming its issuer (Nghị định 28/2003/NĐ-CP)", async () => {
  const doc = await convertText(`Chính phủ

SỐ: 28 /2003/NĐ-CP
Cộng hoà xã hội chủ nghĩa việt nam
Hà Nội, ngày 31 tháng 3 năm 2003

Nghị định của chính phủ
 Quy định việc phát hành công trái xây dựng Tổ quốc
năm 2003 - Công trái giáo dục

-------------------

Chính phủ
`);
  it("reads the type and the subject under it", () => {
    expect(doc.metadata).toMatchObject({
      documentTypeCode: "decree",
      documentType: "Nghị định",
      subject: "Quy định việc phát hành công trái xây dựng Tổ quốc năm 2003 - Công trái giáo dục",
    });
  });
});

describe("the seal's picture left as markup between capacity and name (Markdown of a scanned decision of UBND Hà Nội, 2024)", async () => {
  // The converter indented the signature column, so Markdown reads it as a code block: its lines,
  // the picture's markup among them, are text as printed.
  const doc = await convertText(
    `${DECISION_HEADER}
*Nơi nhận:*
- Như Điều 3;
- Lưu: VT, KTN (Văn).
                                            
                                                     **TM. ỦY BAN NHÂN DÂN**
                                                         **KT. CHỦ TỊCH**
                                                        **PHÓ CHỦ TỊCH**
                                                         
                                                 ![red seal stamp](https://via.placeholder.com/120x90?text=Seal)
                                                                               
                                                          **Nguyễn Mạnh Quyền**
`,
    "markdown",
    "input.md",
  );
  it("reads the name under the picture, and the picture as neither capacity nor name", () => {
    expect(doc.metadata.signer).toMatchObject({
      name: "Nguyễn Mạnh Quyền",
      capacity: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    });
  });
});

describe("a signer's name level with a recipient dashed with an en dash (Nghị quyết 33/2022/NQ-HĐND, PDF text export)", async () => {
  const doc = await convertText(`${DECISION_HEADER}
 Nơi nhận:
 – Văn phòng Chính phủ;
 – Cục Kiểm tra VBQPPL – Bộ Tư pháp;
                                                         CHỦ TỊCH
 – Thường trực Tỉnh ủy;
 – Thường trực HĐND tỉnh;                                Triệu Đình Lê
 – Ủy ban nhân dân tỉnh;
 – Lưu: VT.
`);
  it("reads the name out of the recipient's line", () => {
    expect(doc.metadata.signer).toMatchObject({ name: "Triệu Đình Lê", capacity: ["CHỦ TỊCH"] });
    expect(doc.metadata.recipients).toContain("Thường trực HĐND tỉnh");
  });
});

describe("the signed mark a transcription prints above the capacity", () => {
  const decision = (mark: string) => `ĐẠI HỌC QUỐC GIA HÀ NỘI
TRƯỜNG ĐẠI HỌC VIỆT NHẬT
Số: 1592/QĐ-ĐHVN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 31 tháng 12 năm 2024

QUYẾT ĐỊNH
Về việc công khai dự toán ngân sách năm 2025

Điều 1. Công khai dự toán ngân sách năm 2025.

Điều 2. Quyết định có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

${mark}

KT. HIỆU TRƯỞNG
PHÓ HIỆU TRƯỞNG

Nguyễn Hoàng Oanh
`;
  it.each(["(Đã ký và đóng dấu)", "(Đã ký)", "[đã ký]"])("is part of the signature: %s", async (mark) => {
    const { document } = await convert({
      bytes: new TextEncoder().encode(decision(mark)),
      path: "qd.txt",
      format: "text",
    });
    expect(document.metadata.signer).toMatchObject({
      authority: "KT.",
      capacity: ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
      name: "Nguyễn Hoàng Oanh",
    });
    const signature = document.body.children.find((c) => c.type === "signature")!;
    expect(signature.text!.split("\n")[0]).toBe(mark);
    expect(document.body.children.filter((c) => c.type === "unassigned")).toEqual([]);
    expect(document.diagnostics.filter((d) => d.ruleId === "text-after-closing")).toEqual([]);
  });
});

describe("a gazette's imprint on its back page", () => {
  const gazette = `CHÍNH PHỦ
Số: 282/2025/NĐ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 30 tháng 10 năm 2025

NGHỊ ĐỊNH
Quy định xử phạt vi phạm hành chính

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định xử phạt vi phạm hành chính.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Phạm Minh Chính

VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN
Địa chỉ:
Điện thoại liên hệ:
- Nội dung:
Email:
Số 1, Hoàng Hoa Thám, Ba Đình, Hà Nội
080.44417
congbao@chinhphu.vn
`;
  it("is kept apart as furniture, not text after the closing, and every line is still owned", async () => {
    const { document } = await convert({
      bytes: new TextEncoder().encode(gazette),
      path: "nd.txt",
      format: "text",
    });
    expect(document.status).toBe("ok");
    expect(document.diagnostics.filter((d) => d.ruleId === "text-after-closing")).toEqual([]);
    const all = (n: LegalNode): LegalNode[] => [n, ...n.children.flatMap(all)];
    const imprint = all(document.body).filter((c) => c.type === "pageBreak");
    expect(imprint.map((c) => c.label)).toEqual([
      "VĂN PHÒNG CHÍNH PHỦ XUẤT BẢN",
      "Địa chỉ:",
      "Điện thoại liên hệ:",
      "- Nội dung:",
      "Email:",
      "Số 1, Hoàng Hoa Thám, Ba Đình, Hà Nội",
      // The text reader joins the two short lines into one paragraph.
      "080.44417 congbao@chinhphu.vn",
    ]);
    // After the signature, at the top level: none inside the article.
    expect(document.body.children.at(-1)!.type).toBe("pageBreak");
    expect(document.diagnostics.find((d) => d.ruleId === "gazette-imprint")?.line).toBe(19);
  });
});

describe("a scan's recipients, whose bullets OCR read with marks around them", () => {
  const decision = `THỦ TƯỚNG CHÍNH PHỦ
Số: 1360/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 30 tháng 6 năm 2025

QUYẾT ĐỊNH
Công nhận tỉnh Đồng Tháp hoàn thành nhiệm vụ xây dựng nông thôn mới

Điều 1. Công nhận tỉnh Đồng Tháp hoàn thành nhiệm vụ xây dựng nông thôn mới.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
—= Ban Bí thư Trung ương Đảng;
_ - Viện kiểm sát nhân dân tối cao;
_ ~ Kiểm toán nhà nước;
- VPCP: BTCN, các Trợ lý TTg, TGĐĐ Cổng
TTĐT,
các Vụ: KTTH, NN;
- Lưu: VT, NN.
`;
  it("takes every line into the list, and a wrapped recipient's capitals are no capacity", async () => {
    const { document } = await convert({
      bytes: new TextEncoder().encode(decision),
      path: "qd.txt",
      format: "text",
    });
    expect(document.metadata.recipients).toEqual([
      "Như Điều 2",
      "Ban Bí thư Trung ương Đảng",
      "Viện kiểm sát nhân dân tối cao",
      "Kiểm toán nhà nước",
      "VPCP: BTCN, các Trợ lý TTg, TGĐĐ Cổng TTĐT các Vụ: KTTH, NN",
      "Lưu: VT, NN",
    ]);
    expect(document.metadata.signer).toBeNull();
    expect(document.diagnostics.filter((d) => d.ruleId === "text-after-closing")).toEqual([]);
  });
});

describe("a letter's subject marked 'Vv' in quotes, and a party signature's 'T/M' (commune letters of 2010, party letters)", async () => {
  const doc = await convertText(`ỦY BAN NHÂN DÂN
XÃ ĐỨC TÂN

Số: 44/UBND

"Vv chế độ trợ cấp ưu đãi
đối với Anh hùng LLVT nhân dân"

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Đức Tân, ngày 14 tháng 5 năm 2010

Kính gửi: Ủy ban nhân dân huyện Tân Trụ

Ủy ban nhân dân xã đề nghị xem xét giải quyết chế độ trợ cấp ưu đãi./.

Nơi nhận:
- UBND huyện;
- Lưu.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Nguyễn Văn Bé
`);
  it("reads the subject without its mark and quotes, and the place and date under it", () => {
    expect(doc.metadata.subject).toBe("chế độ trợ cấp ưu đãi đối với Anh hùng LLVT nhân dân");
    expect(doc.metadata.issuedOn).toBe("2010-05-14");
    expect(doc.metadata.place).toBe("Đức Tân");
  });
  it("gives the authority as its code, the printed line kept in the capacity", () => {
    expect(doc.metadata.signer).toMatchObject({
      authority: "TM.",
      capacity: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
      name: "Nguyễn Văn Bé",
    });
  });
});

describe("an OCR's Markdown saved as text: emphasis over two lines (a commune letter of 2010)", async () => {
  const doc = await convertText(`**ỦY BAN NHÂN DÂN
XÃ ĐỨC TÂN**

\\*\\*\\*

Số: 44/UBND

*"Vv chế độ trợ cấp ưu đãi
đối với Anh hùng LLVT nhân dân"*

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc.**

*Đức Tân, ngày 14 tháng 5 năm 2010*

Ủy ban nhân dân xã đề nghị xem xét giải quyết./.
`);
  it("reads the subject its marks open and close on two lines, and the date under it", () => {
    expect(doc.metadata.subject).toBe("chế độ trợ cấp ưu đãi đối với Anh hùng LLVT nhân dân");
    expect(doc.metadata.issuedOn).toBe("2010-05-14");
    expect(doc.metadata.issuer).toBe("ỦY BAN NHÂN DÂN XÃ ĐỨC TÂN");
  });
});

describe("a table's row naming the part 'Nơi nhận', and the closing's own label (Hướng dẫn 36-HD/VPTW as a .doc)", async () => {
  const doc = await convertText(
    [
      "HƯỚNG DẪN",
      "Thể thức văn bản",
      "1. Các thành phần",
      "TT\tThành phần thể thức\tLoại chữ\tCỡ chữ",
      "8.\tDấu cơ quan, tổ chức ban hành văn bản\tIn hoa\t14",
      "9.\tNơi nhận văn bản, bản sao\t\t",
      '\t- Từ "Nơi nhận"\tIn thường\t14',
      "10.\tDấu chỉ mức độ khẩn\tIn hoa\t14",
      "",
      "Nơi nhận:\tT/M BAN THƯỜNG VỤ",
      "- Như trên;\tBÍ THƯ",
      "- Lưu.\tNguyễn Văn A",
    ].join("\n"),
  );
  it("keeps the row in its table, and still reads the closing's two columns", () => {
    const [table] = doc.tables;
    expect(table?.records.map((r) => r.group)).toEqual([[], ["9. Nơi nhận văn bản, bản sao"], []]);
    expect(doc.metadata.signer).toMatchObject({
      capacity: ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
      name: "Nguyễn Văn A",
    });
    expect(doc.metadata.recipients).toEqual(["Như trên", "Lưu"]);
  });
});

describe("a closing's two columns read one height after the other (Nghị định 351/2025/NĐ-CP printed from the portal)", async () => {
  const doc = await convertText(
    [
      "CHÍNH PHỦ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 351/2025/NĐ-CP",
      "Hà Nội, ngày 30 tháng 12 năm 2025",
      "NGHỊ ĐỊNH",
      "Quy định chuẩn nghèo đa chiều giai đoạn 2026 - 2030",
      "Điều 1. Hiệu lực thi hành",
      "Nghị định này có hiệu lực từ ngày ký.",
      "Nơi nhận:",
      "- Ban Bí thư Trung ương Đảng;",
      "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
      "TM. CHÍNH PHỦ",
      "KT. THỦ TƯỚNG",
      "PHÓ THỦ TƯỚNG",
      "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;",
      "- Lưu: VT, KGVX (2). PL.",
      "(Đã ký)",
      "Trần Hồng Hà",
    ].join("\n"),
  );
  it("reads the signature whole and the list under it on", () => {
    expect(doc.metadata.signer).toMatchObject({
      capacity: ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"],
      name: "Trần Hồng Hà",
    });
    expect(doc.metadata.recipients).toHaveLength(4);
    expect(rules(doc)).not.toContain("text-after-closing");
  });
});
