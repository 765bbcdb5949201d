import { describe, expect, it } from "vitest";
import { convertText } from "../helpers.js";

describe("a consolidated text (văn bản hợp nhất 30/VBHN-VPQH, Công báo)", () => {
  it("takes its number, place and date from the authentication block above the signature", async () => {
    const doc = await convertText(
      [
        "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI",
        "",
        "LUẬT",
        "NHẬP CẢNH, XUẤT CẢNH, QUÁ CẢNH, CƯ TRÚ CỦA NGƯỜI NƯỚC NGOÀI TẠI VIỆT NAM",
        "",
        "Điều 1. Phạm vi điều chỉnh",
        "Luật này quy định nguyên tắc, điều kiện nhập cảnh.",
        "",
        "Điều 2. Hiệu lực thi hành",
        "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2015./.",
        "",
        "VĂN PHÒNG QUỐC HỘI",
        "Số: 30/VBHN-VPQH",
        "XÁC THỰC VĂN BẢN HỢP NHẤT",
        "Hà Nội, ngày 02 tháng 8 năm 2023",
        "CHỦ NHIỆM",
        "",
        "Bùi Văn Cường",
      ].join("\n"),
    );
    expect(doc.metadata.documentNumber).toBe("30/VBHN-VPQH");
    expect(doc.metadata.issuedOn).toBe("2023-08-02");
    expect(doc.metadata.place).toBe("Hà Nội");
    expect(doc.metadata.sources["documentNumber"]?.via).toBe("closing");
    expect(doc.metadata.signer?.name).toBe("Bùi Văn Cường");
  });

  it("takes nothing from a closing without that block", async () => {
    const doc = await convertText(
      [
        "LUẬT",
        "ĐẤT ĐAI",
        "",
        "Điều 1. Phạm vi điều chỉnh",
        "Luật này quy định về chế độ sở hữu đất đai.",
        "Số: 45/2013/QH13 là số của luật trước.",
        "Hà Nội, ngày 29 tháng 11 năm 2013",
        "CHỦ TỊCH QUỐC HỘI",
        "",
        "Nguyễn Sinh Hùng",
      ].join("\n"),
    );
    expect(doc.metadata.documentNumber).toBeNull();
  });
});
