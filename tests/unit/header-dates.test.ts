import { describe, expect, it } from "vitest";
import { leadingDate, parseDate, parsePlaceDate } from "../../src/text/dates.js";
import { convertText } from "../helpers.js";

describe("dates typed without their spaces", () => {
  it("reads 'tháng5' and 'ngày07' as a day and a month", () => {
    expect(parseDate("ngày 14 tháng5 năm 2008")).toBe("2008-05-14");
    expect(parseDate("ngày07 tháng 3năm 2002")).toBe("2002-03-07");
    expect(parsePlaceDate("Đồng Xoài, ngày 14 tháng5 năm 2008")).toEqual({
      place: "Đồng Xoài",
      issuedOn: "2008-05-14",
    });
    // A day of three digits is no day.
    expect(parseDate("ngày 123 tháng 5 năm 2008")).toBeNull();
  });

  it("keeps the place of a scan whose handwritten day or month the OCR read as marks, and gives no date", () => {
    expect(parsePlaceDate("Hà Nội, ngày °Ê} tháng 4 năm 2026")).toEqual({ place: "Hà Nội", issuedOn: null });
    expect(parsePlaceDate("Thành phố Hồ Chí Minh, ngày‹2Õtháng đề năm 2021")).toEqual({
      place: "Thành phố Hồ Chí Minh",
      issuedOn: null,
    });
    expect(parsePlaceDate("Đồng Nai, ngày 4 () tháng 6 năm 2025")).toEqual({
      place: "Đồng Nai",
      issuedOn: null,
    });
    // Words, not marks, between "ngày" and "tháng": a sentence, not the date line.
    expect(parsePlaceDate("Hà Nội, ngày hội văn hoá các dân tộc tháng 4 năm 2026")).toBeNull();
  });
});

describe("the header's number line", () => {
  it("gives the place and date after a number the OCR could not read (Quyết định 11/2026/QĐ-UBND)", async () => {
    const doc = await convertText(
      [
        "ỦY BAN NHÂN DÂN _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc",
        "Số: II /2026/QĐ-UBND Lào Cai, ngày 29 tháng 01 năm 2026",
        "",
        "QUYẾT ĐỊNH",
        "Ban hành Quy định về quản lý đầu tư",
        "",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý đầu tư.",
      ].join("\n"),
    );
    expect(doc.metadata.issuedOn).toBe("2026-01-29");
    expect(doc.metadata.place).toBe("Lào Cai");
    // The scan's stray mark between the two columns is no part of the issuer's name.
    expect(doc.metadata.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH LÀO CAI");
  });

  it("reads 'Về …' over 'Kính gửi' as a letter's subject under a number the OCR could not read (Công văn 687/STP-VB)", async () => {
    const header = [
      "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "THÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc",
      "SỞ TƯ PHÁP",
      "Số: ÝƑ /STP-VB",
      "Thành phố Hồ Chí Minh, ngày<2Õtháng đề năm 2021",
      "Về Chương trình hỗ trợ pháp lý liên",
      "ngành cho doanh nghiệp nhỏ và vừa",
    ];
    const doc = await convertText(
      [...header, "Kính gửi: Các Sở, ban ngành Thành phố;", "", "Sở Tư pháp báo cáo như sau."].join("\n"),
    );
    expect(doc.metadata.subject).toBe(
      "Về Chương trình hỗ trợ pháp lý liên ngành cho doanh nghiệp nhỏ và vừa",
    );
    expect(doc.metadata.documentTypeCode).toBe("officialLetter");
    expect(doc.metadata.place).toBe("Thành phố Hồ Chí Minh");
    // A tờ trình also opens "Kính gửi": its number says what it is.
    const submission = await convertText(
      [
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc",
        "Số: 125/TTr-UBND Lào Cai, ngày 3 tháng 3 năm 2025",
        "Về việc phê duyệt kế hoạch",
        "Kính gửi: Hội đồng nhân dân tỉnh",
        "",
        "Ủy ban nhân dân tỉnh trình như sau.",
      ].join("\n"),
    );
    expect(submission.metadata.documentTypeCode).toBe("submission");
    // Without "Kính gửi" below, "Về …" is no subject: nothing is guessed.
    const plain = await convertText([...header, "", "Sở Tư pháp báo cáo như sau."].join("\n"));
    expect(plain.metadata.subject).toBeNull();
  });

  it("steps over a stamp's marks between the number and the place and date (Quyết định 1772/QĐ-UBND scan)", async () => {
    const doc = await convertText(
      [
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH ĐỒNG NAI",
        "Số: 1772/QĐ-UBND",
        "Độc lập - Tự do - Hạnh phúc",
        "DỌC PS”. ——",
        "Đồng Nai, ngày 4 () tháng 6 năm 2025",
        "QUYẾT ĐỊNH",
        "Chấp thuận các vị trí được chuyển nhượng quyền sử dụng đất",
        "",
        "Điều 1. Chấp thuận các vị trí.",
      ].join("\n"),
    );
    expect(doc.metadata.place).toBe("Đồng Nai");
    expect(doc.metadata.issuedOn).toBeNull();
    expect(doc.metadata.documentType).toBe("QUYẾT ĐỊNH");
    expect(doc.metadata.subject).toBe("Chấp thuận các vị trí được chuyển nhượng quyền sử dụng đất");
  });

  it("reads a place-and-date line whose month lost its space (Quyết định 991/QĐ-UBND of Bình Phước)", async () => {
    const doc = await convertText(
      [
        "ỦY BAN NHÂN DÂN         \tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH BÌNH PHƯỚC                                    Độc lập - Tự do - Hạnh phúc",
        "",
        "  Số: 991/QĐ-UBND                                           Đồng Xoài, ngày 14 tháng5 năm 2008",
        "",
        "QUYẾT ĐỊNH",
        "Về việc phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng",
        "",
        "Điều 1. Phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng.",
      ].join("\n"),
    );
    expect(doc.metadata.documentNumber).toBe("991/QĐ-UBND");
    expect(doc.metadata.issuedOn).toBe("2008-05-14");
    expect(doc.metadata.place).toBe("Đồng Xoài");
  });
});

describe("an old transcription's header: the tên loại, then 'của <issuer> số <number> ngày <date>'", () => {
  it("reads type, issuer, number, date and subject (Thông tư 169/1998/TT-BTC, a .doc in .VnTimeH)", async () => {
    const doc = await convertText(
      [
        "thông tư",
        "của Bộ Tài chính Số 169/1998/TT-BTC ngày 22 tháng 12 năm 1998",
        "Hướng dẫn chế độ thuế áp dụng đối với các tổ chức, cá nhân nước ngoài",
        "",
        "Căn cứ Luật thuế Giá trị gia tăng số 02/1997/QH9 ngày 10/5/1997;",
        "",
        "A. Phạm vi áp dụng.",
      ].join("\n"),
    );
    expect(doc.metadata.documentTypeCode).toBe("circular");
    expect(doc.metadata.issuer).toBe("Bộ Tài chính");
    expect(doc.metadata.documentNumber).toBe("169/1998/TT-BTC");
    expect(doc.metadata.issuedOn).toBe("1998-12-22");
    expect(doc.metadata.subject).toBe(
      "Hướng dẫn chế độ thuế áp dụng đối với các tổ chức, cá nhân nước ngoài",
    );
  });

  it("reads the date and subject on the line under 'Nghị định của Chính phủ số …' (Nghị định 114/2003/NĐ-CP)", async () => {
    const doc = await convertText(
      [
        "Chính phủ",
        "",
        "Nghị định của Chính phủ số 114/2003/NĐ-CP",
        "ngày 10/10/2003 về cán bộ, công chức xã, phường, thị trấn.",
        "",
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
        "",
        "Điều 1. Phạm vi điều chỉnh.",
      ].join("\n"),
    );
    expect(doc.metadata.documentTypeCode).toBe("decree");
    expect(doc.metadata.documentNumber).toBe("114/2003/NĐ-CP");
    expect(doc.metadata.issuedOn).toBe("2003-10-10");
    expect(doc.metadata.subject).toBe("về cán bộ, công chức xã, phường, thị trấn");
    expect(doc.metadata.bases.map((b) => b.text)).toEqual([
      "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
    ]);
  });

  it("leaves a sentence that only names a document alone", async () => {
    const doc = await convertText(
      [
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
        "Số: 12/KH-UBND",
        "KẾ HOẠCH",
        "Triển khai Nghị quyết",
        "",
        "Thực hiện Nghị quyết của Chính phủ số 07/NQ-CP ngày 10/01/2025, Ủy ban nhân dân tỉnh ban hành kế hoạch.",
      ].join("\n"),
    );
    expect(doc.metadata.documentNumber).toBe("12/KH-UBND");
    expect(doc.metadata.issuedOn).toBeNull();
  });
});

describe("a day filled in by hand on a printed form", () => {
  it("reads 'ngày …25..tháng 01 năm 2006' (Quy định kèm theo Quyết định 05/2006/QĐ-UBND, Cà Mau)", () => {
    expect(parseDate("ngày …25..tháng 01 năm 2006 của UBND tỉnh Cà Mau")).toBe("2006-01-25");
    expect(parseDate("ngày ....tháng 01 năm 2006")).toBeNull();
  });
});

describe("leadingDate", () => {
  it("reads the date a phrase opens with, in either form, and says where it ends", () => {
    expect(leadingDate("ngày 22 tháng 12 năm 1998 về thuế")).toEqual({ iso: "1998-12-22", end: 25 });
    expect(leadingDate(", ngày 10/10/2003 về cán bộ")).toEqual({ iso: "2003-10-10", end: 17 });
    expect(leadingDate("về cán bộ ngày 10/10/2003")).toBeNull();
    expect(leadingDate("ngày ban hành 10/10/2003")).toBeNull();
  });
});

describe("a header whose right column wrapped to the page's margin, read column by column", () => {
  // The order a reader gives when each right-hand line's rest stands under the left column (Quyết
  // định 991/QĐ-UBND of Bình Phước, printed from its .doc by LibreOffice).
  const text = [
    "ỦY BAN NHÂN DÂN",
    "NGHĨA VIỆT NAM",
    "TỈNH BÌNH PHƯỚC",
    "Hạnh phúc",
    "Số: 991/QĐ-UBND",
    "14 tháng5 năm 2008",
    "CỘNG HOÀ XÃ HỘI CHỦ",
    "Độc lập - Tự do -",
    "Đồng Xoài, ngày",
    "",
    "QUYẾT ĐỊNH",
    "Về việc phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng",
    "",
    "Điều 1. Phê duyệt Kế hoạch.",
  ].join("\n");

  it("reads the quốc hiệu's half as no issuer's line, and the date's rest before its place", async () => {
    const { metadata } = await convertText(text);
    expect(metadata.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC");
    expect(metadata.place).toBe("Đồng Xoài");
    expect(metadata.issuedOn).toBe("2008-05-14");
    // "Độc lập - Tự do -" is the tiêu ngữ's first half, so the header goes on to its tên loại.
    expect(metadata.documentType).toBe("QUYẾT ĐỊNH");
    expect(metadata.subject).toBe("Về việc phê duyệt Kế hoạch thực hiện quy hoạch sử dụng rừng");
  });
});

describe("the tiêu ngữ wrapped after its second dash", () => {
  // Quy định kèm theo Quyết định 05/2006/QĐ-UBND (Cà Mau), printed from its .doc by LibreOffice: no
  // number line, the caption under the subject gives the number and date.
  const text = [
    "UỶ BAN NHÂN DÂN",
    "NGHĨA VIỆT NAM",
    "TỈNH CÀ MAU",
    "Hạnh phúc",
    "CỘNG HOÀ XÃ HỘI CHỦ",
    "Độc lập – Tự do –",
    "",
    "QUY ĐỊNH",
    "VỀ CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC",
    "CỦA ĐỘI KIỂM TRA LIÊN NGÀNH 814",
    "( Ban hành kèm theo Quyết định số …05…./2006/ QĐ-UBND,",
    "ngày …25..tháng 01 năm 2006 của UBND tỉnh Cà Mau )",
    "Chương I",
    "NHỮNG QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh.",
  ].join("\n");

  it("reads 'Độc lập – Tự do –' as the header's, so the tên loại and subject under it are read", async () => {
    const { metadata } = await convertText(text);
    expect(metadata.documentType).toBe("QUY ĐỊNH");
    expect(metadata.subject).toBe(
      "VỀ CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA ĐỘI KIỂM TRA LIÊN NGÀNH 814",
    );
    expect(metadata.documentNumber).toBe("05/2006/QĐ-UBND");
    expect(metadata.issuedOn).toBe("2006-01-25");
  });
});
