import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { convertText } from "../helpers.js";

// "Kính gửi" as letters, reports and submissions print it. The headers are the corpus's (Lào Cai's
// công văn 5141 and 5973, a scanned công văn 687/STP-VB of Hồ Chí Minh City, tờ trình 3367/TTr-SNV);
// the addressees are read off the printed lines by hand.
const header = [
  "ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "TỈNH LÀO CAI                   Độc lập - Tự do - Hạnh phúc",
  "Số: 5973/UBND-KT        Lào Cai, ngày 12 tháng 3 năm 2026",
  "V/v thanh tra, kiểm tra hoạt động khoáng sản",
  "",
];
const closing = [
  "",
  "Nơi nhận:",
  "- Như trên;",
  "- Lưu: VT.",
  "",
  "KT. CHỦ TỊCH",
  "PHÓ CHỦ TỊCH",
  "",
  "Nguyễn Văn A",
];
const letter = (...lines: string[]) => convertText([...header, ...lines, ...closing].join("\n"));

describe("addressees (Kính gửi)", () => {
  it("reads one addressee on the label's line", async () => {
    const doc = await letter("Kính gửi: Cục Hải quan", "", "Cục Hóa chất có ý kiến như sau:");
    expect(doc.metadata.addressees).toEqual(["Cục Hải quan"]);
    expect(doc.metadata.sources.addressees?.line).toBe(6);
  });

  it("reads a dashed list under the label, a wrapped addressee whole", async () => {
    const doc = await letter(
      "Kính gửi:",
      "- Các Sở, ban ngành Thành phố;",
      "- Ủy ban nhân dân Thành phố Thủ Đức và Ủy",
      "ban nhân dân các quận-huyện;",
      "- Trung tâm Xúc tiến Thương mại & Đầu tư",
      "Thành phố",
      "",
      "Sở Tư pháp nhận được Phiếu chuyển số 3578/PC-VP ngày 09 tháng 02 năm 2021 của Văn phòng.",
    );
    expect(doc.metadata.addressees).toEqual([
      "Các Sở, ban ngành Thành phố",
      "Ủy ban nhân dân Thành phố Thủ Đức và Ủy ban nhân dân các quận-huyện",
      "Trung tâm Xúc tiến Thương mại & Đầu tư Thành phố",
    ]);
  });

  it("reads one undashed addressee under a label alone, wrapped in lower case", async () => {
    const doc = await letter(
      "Kính gửi:",
      "Các tổ chức, cá nhân khai thác, thu hồi khoáng sản",
      "trên địa bàn tỉnh Lào Cai.",
      "",
      "Để tăng cường hiệu lực, hiệu quả công tác quản lý nhà nước về khoáng sản trên địa bàn tỉnh.",
    );
    expect(doc.metadata.addressees).toEqual([
      "Các tổ chức, cá nhân khai thác, thu hồi khoáng sản trên địa bàn tỉnh Lào Cai",
    ]);
  });

  it("does not take a 'Kính gửi' in the body's numbered text, and gives none when there is none", async () => {
    const doc = await letter(
      "Ủy ban nhân dân tỉnh yêu cầu như sau:",
      "",
      "1. Mẫu báo cáo",
      "Kính gửi: Sở Nông nghiệp và Môi trường",
    );
    expect(doc.metadata.addressees).toEqual([]);
    expect(doc.metadata.sources.addressees).toBeUndefined();
  });

  it("reads the addressees of a two-column letter laid out as text (công văn 5973/UBND-KT)", async () => {
    const path = "tests/fixtures/layouts/two-columns-as-text.txt";
    const doc = await convertText(readFileSync(path, "utf8"));
    expect(doc.metadata.addressees).toEqual(["Các Sở, ban, ngành thuộc UBND tỉnh", "Công an tỉnh"]);
  });
});

describe("an official letter's missing tên loại", () => {
  it("is no warning: a công văn's form prints none, and a letter read whole is ok", async () => {
    const doc = await letter("Kính gửi: Cục Hải quan", "", "Cục Hóa chất có ý kiến như sau: đồng ý./.");
    expect(doc.metadata.documentType).toBeNull();
    expect(doc.metadata.documentTypeCode).toBe("officialLetter");
    const missing = doc.diagnostics.filter((d) => d.ruleId === "metadata-missing");
    expect(missing.filter((d) => d.severity === "warning")).toEqual([]);
    expect(missing.some((d) => d.reason.startsWith("documentType"))).toBe(true);
    expect(doc.status).toBe("ok");
  });
});
