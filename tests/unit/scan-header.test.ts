import { describe, expect, it } from "vitest";
import { convertText } from "../helpers.js";

// Headers as tesseract read them from corpus documents printed and scanned again (each page rendered
// at 200 dpi, turned a degree, speckled): the lines are the OCR's, verbatim; the answers are the
// printed documents'.

describe("a scanned header's rules and marks (corpus documents scanned again)", () => {
  it("reads a motto whose dash the OCR doubled, and a subject's last line the OCR set apart (Nghị quyết 33/2022/NQ-HĐND)", async () => {
    const doc = await convertText(
      [
        "HỘI ĐÒNG NHÂN DÂN",
        "TỈNH CAO BẰNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do —- Hạnh phúc",
        "Số: 33/2022/NQ-HĐND",
        "Cao Bằng, ngày 15 tháng 7 năm 2022",
        "NGHỊ QUYẾT",
        "QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP, QUẢN LÝ VÀ SỬ DỤNG LỆ PHÍ CẤP GIẤY PHÉP LAO ĐỘNG CHO NGƯỜI NƯỚC NGOÀI LÀM VIỆC TRÊN ĐỊA BÀN",
        "TỈNH CAO BẰNG",
        "HỘI ĐÒNG NHÂN DÂN TỈNH CAO BẰNG",
        "KHÓA XVII KỲ HỌP THỨ 8",
        "",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "",
        "QUYẾT NGHỊ:",
        "",
        "Điều 1. Phạm vi điều chỉnh",
      ].join("\n"),
    );
    expect(doc.metadata.documentType).toBe("NGHỊ QUYẾT");
    expect(doc.metadata.documentNumber).toBe("33/2022/NQ-HĐND");
    expect(doc.metadata.issuedOn).toBe("2022-07-15");
    expect(doc.metadata.subject).toMatch(/TRÊN ĐỊA BÀN TỈNH CAO BẰNG$/u);
  });

  // Nghị định 30/2020/NĐ-CP, Thông tư 67/2025/TT-BCT and Tờ trình 3367/TTr-SNV.
  const header = (issuer: string[], number: string) =>
    [
      ...issuer,
      number,
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Hà Nội, ngày 05 tháng 3 năm 2020",
      "NGHỊ ĐỊNH",
      "Về công tác văn thư",
      "",
      "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
      "",
      "Điều 1. Phạm vi điều chỉnh",
    ].join("\n");

  it("passes over the rule under the issuer, read as a scrap of letters or marks", async () => {
    for (const rule of ["Tan", "SE quinh", "--~===="]) {
      const doc = await convertText(header(["CHÍNH PHỦ", rule], "Số: 30/2020/NĐ-CP"));
      expect(doc.metadata.issuer).toBe("CHÍNH PHỦ");
      expect(doc.metadata.documentNumber).toBe("30/2020/NĐ-CP");
    }
    // A body's name in sentence case is no scrap: it is not read as a rule.
    const named = await convertText(header(["CHÍNH PHỦ", "Bộ Nội vụ"], "Số: 30/2020/NĐ-CP"));
    expect(named.metadata.issuer).not.toBe("CHÍNH PHỦ");
  });

  it("leaves a stray mark out of the issuer's name", async () => {
    const doc = await convertText(header(["UBND TỈNH BÌNH THUẬN ˆ", "SỞ NỘI VỤ"], "Số: 3367/TTr-SNV"));
    expect(doc.metadata.issuer).toBe("UBND TỈNH BÌNH THUẬN SỞ NỘI VỤ");
    const joint = await convertText(header(["BỘ TƯ PHÁP - BỘ CÔNG AN"], "Số: 30/2020/TTLT-BTP-BCA"));
    expect(joint.metadata.issuer).toBe("BỘ TƯ PHÁP - BỘ CÔNG AN");
  });

  it("joins a number's digits the OCR parted with a space (Công văn 1043/BTP-QLXLVPHC)", async () => {
    const doc = await convertText(header(["BỘ TƯ PHÁP"], "Số: 1 043/BTP-QLXLVPHC"));
    expect(doc.metadata.documentNumber).toBe("1043/BTP-QLXLVPHC");
    // Six digits in all are no number of this kind: nothing is joined.
    const long = await convertText(header(["BỘ TƯ PHÁP"], "Số: 104 3210/BTP-QLXLVPHC"));
    expect(long.metadata.documentNumber).not.toBe("1043210/BTP-QLXLVPHC");
  });
});

// A copy scanned where it was received carries the office's stamp: its name, "CÔNG VĂN ĐẾN" and its
// own fields (the OCR of a Bộ Quốc phòng text received by Văn phòng Chính phủ reads "VAN PHÒNG
// CHÍNH PHU" ⏎ "CONG VAN DEN" ⏎ "Giờ... S. Ngày S25 ersten").
describe("a receipt stamp over a scanned header", () => {
  it("gives neither the receiving office as the issuer nor the stamp as a tên loại", async () => {
    const doc = await convertText(
      [
        "BỘ TƯ PHÁP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "VĂN PHÒNG CHÍNH PHỦ",
        "CÔNG VĂN ĐẾN",
        "Số: 4512",
        "Ngày: 12/5/2026",
        "Số: 120/KH-BTP",
        "Hà Nội, ngày 08 tháng 5 năm 2026",
        "",
        "KẾ HOẠCH",
        "Triển khai thi hành Luật Ban hành văn bản quy phạm pháp luật",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "",
        "1. Bảo đảm thống nhất.",
      ].join("\n"),
    );
    expect(doc.metadata).toMatchObject({
      documentType: "KẾ HOẠCH",
      documentNumber: "120/KH-BTP",
      issuer: "BỘ TƯ PHÁP",
      issuedOn: "2026-05-08",
      subject: "Triển khai thi hành Luật Ban hành văn bản quy phạm pháp luật",
    });
  });

  it("reads no issuer rather than the receiving office's when the stamp stands first", async () => {
    const doc = await convertText(
      [
        "VAN PHÒNG CHÍNH PHU",
        "CONG VAN DEN",
        "Giờ... S. Ngày S25 ersten",
        "THÔNG TƯ",
        "Quy định về tổ chức lễ tang",
        "",
        "Điều 1. Phạm vi điều chỉnh",
      ].join("\n"),
    );
    expect(doc.metadata.issuer).toBeNull();
    expect(doc.metadata.documentType).toBe("THÔNG TƯ");
    expect(doc.metadata.subject).toBe("Quy định về tổ chức lễ tang");
  });
});
