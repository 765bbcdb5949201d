import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertFile } from "../../src/index.js";
import type { LegalDocument } from "../../src/model/document.js";
import { nodes } from "../helpers.js";

// The Land Law 2013 as a browser saves a web page to PDF: each page's margins hold the time and date,
// "about:blank" and "48/97", and where the next page's first line was cut, its accents ride along.
describe("a law printed from a browser (Luật Đất đai 45/2013/QH13)", async () => {
  const doc: LegalDocument = (
    await convertFile(
      join(import.meta.dirname, "..", "corpus", "luat-45-QH13-2013_dat-dai_in-tu-trinh-duyet.pdf"),
      { ocr: "off" },
    )
  ).document;
  const all = [...nodes(doc.body)];

  it("keeps the browser's margins out of the text", () => {
    const inText = all.filter(
      (n) =>
        n.type !== "pageBreak" &&
        n.type !== "unassigned" &&
        /about:blank/.test(`${n.title ?? ""} ${n.text ?? ""}`),
    );
    expect(inText.map((n) => n.id)).toEqual([]);
    const article = all.find((n) => n.type === "article" && n.label?.startsWith("Điều 105"));
    expect(article?.title).toBe(
      "Thẩm quyền cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
    );
  });

  it("gives a chapter the title that opens the next page", () => {
    const chapter = all.find((n) => n.type === "chapter" && n.label?.startsWith("Chương 13"));
    expect(chapter?.title).toBe(
      "GIÁM SÁT, THANH TRA, GIẢI QUYẾT TRANH CHẤP, KHIẾU NẠI, TỐ CÁO VÀ XỬ LÝ VI PHẠM PHÁP LUẬT VỀ ĐẤT ĐAI",
    );
  });

  it("numbers its articles through the law: a chapter's first article is no gap", () => {
    const gaps = doc.diagnostics.filter((d) => d.ruleId === "numbering-gap" && /^Điều/.test(d.reason));
    expect(gaps).toEqual([]);
    expect(all.filter((n) => n.type === "article")).toHaveLength(212);
  });
});

// The same law's last page as pdftotext -layout gives it: the margins come out as lines of text.
describe("a browser-printed PDF exported to text", async () => {
  const { convertText } = await import("../helpers.js");
  const doc = await convertText(`QUỐC HỘI                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
--------                                 Độc lập - Tự do - Hạnh phúc
                                         ---------------
Luật số: 45/2013/QH13                     Hà Nội, ngày 29 tháng 11 năm 2013

                                 LUẬT
                                ĐẤT ĐAI

Điều 212. Quy định chi tiết

Chính phủ quy định chi tiết các điều, khoản được giao trong Luật.

about:blank                                                                                 96/97

\f10:17, 05/01/2024                                                Luật Đất đai 2013

Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 6 thông qua
ngày 29 tháng 11 năm 2013.

                                                                  CHỦ TỊCH QUỐC HỘI




                                                                      Nguyễn Sinh Hùng




about:blank                                                                                 97/97
`);
  it("keeps the margins apart as page furniture and reads the signer", () => {
    expect(doc.metadata.signer?.name).toBe("Nguyễn Sinh Hùng");
    const texts = [...nodes(doc.body)].map((n) => n.text ?? "").join("\n");
    expect(texts).not.toMatch(/about:blank|10:17, 05\/01\/2024/);
  });
});

// Thông tư 118/2025/TT-BTC as vbpl.vn shows it, printed by Chromium: its first page (the portal's
// menu and buttons set among the header's lines) and a page of blank forms (Mẫu số 1.3).
describe("a portal's page printed from a browser, with blank forms (Thông tư 118/2025/TT-BTC)", async () => {
  const doc: LegalDocument = (
    await convertFile(
      join(import.meta.dirname, "..", "fixtures", "layouts", "chromium-print-portal-form.pdf"),
      {
        ocr: "off",
      },
    )
  ).document;

  it("finds the issuer above the portal's buttons between it and the quốc hiệu", () => {
    // Printed: "BỘ TÀI CHÍNH" ⏎ "Văn bản gốc" ⏎ "Tải về" ⏎ "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    expect(doc.metadata.issuer).toBe("BỘ TÀI CHÍNH");
    expect(doc.metadata.documentNumber).toBe("118/2025/TT-BTC");
  });

  it("reads a ruled form's header over its empty rows, and leaves out the signature under it", () => {
    const tables = [...doc.tables, ...doc.appendices.flatMap((a) => a.tables)];
    expect(tables.map((t) => t.columns.map((c) => c.label))).toEqual([
      [
        "Năm",
        "Danh hiệu thi đua",
        "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định",
      ],
      [
        "Năm",
        "Hình thức khen thưởng",
        "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định",
      ],
    ]);
    expect(tables.map((t) => t.records.length)).toEqual([0, 0]);
    // "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG" beside "THỦ TRƯỞNG ĐƠN VỊ": Chromium drew that layout
    // table's borders in white; they are no ruling.
    const signature = [...nodes(doc.body)].find((n) => /^XÁC NHẬN CỦA/.test(n.text ?? ""));
    expect(signature).toBeDefined();
  });
});

// Thông tư liên tịch 29/2025 as vbpl.vn shows it, page 1 printed by Chromium: the header is a ruled
// layout table of two cells (the issuers and "Số:"; the quốc hiệu, tiêu ngữ and date), and the
// issuers' column wraps at a dash.
describe("a portal's header table printed from a browser (Thông tư liên tịch 29/2025)", async () => {
  const doc: LegalDocument = (
    await convertFile(
      join(import.meta.dirname, "..", "fixtures", "layouts", "chromium-print-portal-header.pdf"),
      { ocr: "off" },
    )
  ).document;

  it("reads the header's cells as its lines, the issuers' names whole", () => {
    expect(doc.metadata).toMatchObject({
      issuer:
        "BỘ TƯ PHÁP - BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ TÀI CHÍNH - TÒA ÁN NHÂN DÂN TỐI CAO - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
      documentNumber: "29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC",
      documentType: "THÔNG TƯ LIÊN TỊCH",
      place: "Hà Nội",
      issuedOn: "2025-12-31",
    });
    expect(doc.tables).toEqual([]);
  });
});
