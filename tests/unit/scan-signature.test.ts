import { describe, expect, it } from "vitest";
import { isScanNoise } from "../../src/stages/structure/closing.js";
import { convertText } from "../helpers.js";

// Closings as tesseract reads signed scans (Kế hoạch 1105/KH-ĐKT of Lào Cai, Quyết định 1772/QĐ-UBND
// of Đồng Nai): the seal and the signature between the capacity and the name come out as marks.
const letter = (closing: string[]) =>
  [
    "ỦY BAN NHÂN DÂN",
    "TỈNH ĐỒNG NAI",
    "Số: 1772/QĐ-UBND",
    "Đồng Nai, ngày 20 tháng 6 năm 2025",
    "",
    "QUYẾT ĐỊNH",
    "Về việc phê duyệt phương án",
    "",
    "Điều 1. Phê duyệt phương án.",
    "",
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.",
    "",
    ...closing,
  ].join("\n");

describe("a signer's name under a scan's seal", () => {
  it("steps over the lines OCR read in the seal and the signature to the name", async () => {
    const doc = await convertText(
      letter([
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "",
        "1/7 sNG VU",
        "",
        "` Ni / ;",
        "Yn",
        "",
        "Tri NHÀ l",
        "",
        ": Hồ Văn Hà",
      ]),
    );
    expect(doc.metadata.signer?.name).toBe("Hồ Văn Hà");
    expect(doc.metadata.signer?.capacity).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });

  it("keeps a capacity whose abbreviation is glued to its word ('KT.Chủ tịch')", async () => {
    const doc = await convertText(
      letter(["TM. Ủy ban nhân dân", "KT.Chủ tịch", "Phó Chủ tịch", "", "Lê Văn Lương"]),
    );
    expect(doc.metadata.signer?.capacity).toEqual(["TM. Ủy ban nhân dân", "KT.Chủ tịch", "Phó Chủ tịch"]);
    expect(doc.metadata.signer?.name).toBe("Lê Văn Lương");
  });

  it("does not step over text to a name further on", async () => {
    const doc = await convertText(
      letter(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "", "Bản sao gửi các sở để thực hiện", "", "Hồ Văn Hà"]),
    );
    expect(doc.metadata.signer?.name ?? null).toBeNull();
  });

  it("tells marks from words", () => {
    for (const noise of ["1/7 sNG VU", "L»¿ Tnax 1 t®U ƠNG ĐOAN h", "Tri NHÀ l", ">_.}_ 22", "Ng——4"])
      expect(isScanNoise(noise), noise).toBe(true);
    for (const text of [
      "KT. Bộ trưởng",
      "Q.CHỦ TỊCH",
      "T/M. ĐOÀN KIỂM TRA",
      "Bản sao gửi các sở",
      "Hồ Văn Hà",
    ])
      expect(isScanNoise(text), text).toBe(false);
  });
});
