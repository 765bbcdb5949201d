import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/model/reporter.js";
import { joinBrokenSyllables } from "../../src/stages/read/broken-syllables.js";
import { convertText, sourceOf } from "../helpers.js";

// A portal's page that set a marked vowel in an element of its own, scraped to Markdown (Quyết định
// 1351/QĐ-UBND of Quảng Ngãi, 2022, from thuvienphapluat.vn): the lines are the scrape's own.
const decision = (placeDate: string, name: string) =>
  [
    "| ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |",
    "|---|---|",
    `| Số: 1351/QĐ-UBND | ${placeDate} |`,
    "",
    "QUYẾT ĐỊNH",
    "",
    "CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC NGƯỜI CÓ CÔNG",
    "",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
    "",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
    "",
    "QUYẾT ĐỊNH:",
    "",
    "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính, điểm b ở trên giữ nguyên.",
    "",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
    "",
    `| Nơi nhận: - Như Điều 2; - Bộ Lao động - Thương binh và X ã hội; - Các Bộ: Ng o ại giao, Lao động -Thương binh và Xã hộ i , Tài chính; - Lưu: VT. | CHỦ TỊCH ${name} |`,
    "|---|---|",
  ].join("\n");

describe("syllables a portal parted around a marked vowel", () => {
  it("rejoins the place, the signer's name and a recipient, and says so", async () => {
    const doc = await convertText(
      decision("Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022", "Đặ ng Văn Minh"),
      "markdown",
    );
    expect(doc.metadata.place).toBe("Quảng Ngãi");
    expect(doc.metadata.issuedOn).toBe("2022-10-04");
    expect(doc.metadata.signer?.name).toBe("Đặng Văn Minh");
    expect(doc.metadata.recipients).toContain("Bộ Lao động - Thương binh và Xã hội");
    // As a page of Kế hoạch 252/KH-BCĐQG1237 (2013) prints it: three pieces, and a vowel set apart.
    expect(doc.metadata.recipients).toContain(
      "Các Bộ: Ngoại giao, Lao động -Thương binh và Xã hội , Tài chính",
    );
    const note = doc.diagnostics.find((d) => d.ruleId === "broken-syllable");
    expect(note?.line).toBe(3);
  });

  it("leaves words that only look parted: a point's letter before a word, a vowel that is a word", async () => {
    const doc = await convertText(
      decision("Quảng Ngãi, ngày 04 tháng 10 năm 2022", "Đặng Văn Minh"),
      "markdown",
    );
    const article = doc.body.children.find((n) => n.label?.startsWith("Điều 1"));
    expect(JSON.stringify(article)).toContain("điểm b ở trên");
    expect(doc.diagnostics.filter((d) => d.ruleId === "broken-syllable")).toEqual([
      expect.objectContaining({ reason: expect.stringContaining("3 syllable") }),
    ]);
  });

  it("rejoins words an old PDF's text cut before their marked vowel, not a point's label before a word", () => {
    // Lines of the corpus's TCVN3 report of 2004 (bao-cao-khong-so-2004 …_tcvn3.pdf), as its text layer reads.
    const source = sourceOf([
      "2004. Đồng thời, ngay sau Hội nghị Trung ương 9, Chính phủ đã tập trung ch ỉ đạo",
      "nước ta năm 2004 v ẫn duy trì được mức tăng trưởng khá",
      "thể hiện ở đóng góp của yếu tố tiến bộ khoa học công nghệ, quản l ý vào",
      "theo điểm b ở trên và điểm c khoản 2",
      // "nh:" is "như:" whose "ư" the TCVN3 export lost, "t" is "tư": no word is made across them.
      "mức tăng trưởng khá nh: sản xuất; thu nhập đầu t r òng gia tăng; máy móc và phụ t ùng",
    ]);
    const report = new Reporter();
    joinBrokenSyllables(source, report);
    expect(source.lines.map((l) => l.text)).toEqual([
      "2004. Đồng thời, ngay sau Hội nghị Trung ương 9, Chính phủ đã tập trung chỉ đạo",
      "nước ta năm 2004 vẫn duy trì được mức tăng trưởng khá",
      "thể hiện ở đóng góp của yếu tố tiến bộ khoa học công nghệ, quản lý vào",
      "theo điểm b ở trên và điểm c khoản 2",
      "mức tăng trưởng khá nh: sản xuất; thu nhập đầu t r òng gia tăng; máy móc và phụ tùng",
    ]);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: "broken-syllable",
        line: 1,
        reason: expect.stringMatching(/^4 syllable/u),
      }),
    ]);
  });
});

// Công văn 2638/LĐTBXH-KHTC (2019) as a thuvienphapluat page scraped to Markdown (TuanHuu168/CongBot
// Data/file_data_16.md): the issuer in capitals parted too, and a unit head's title after the minister's.
describe("a letter whose issuer in capitals the page parted", () => {
  it("reads the issuer whole, and a signature cell with a unit's dashed name", async () => {
    const doc = await convertText(
      [
        "| B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |",
        "|---|---|",
        "| Số: 2638/LĐTBXH-KHTC V/v xây dựng dự toán ngân sách trung ươ n g thực hiện Pháp lệnh ưu đãi NCC với cách mạng năm 2020 | Hà Nội, ngày 03 tháng 7 năm 2019 |",
        "",
        "Kính gửi: Giám đốc Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương",
        "",
        "Thực hiện Chỉ thị số 16/CT-TTg ngày 25/6/2019 của Thủ tướng Chính phủ, Bộ đề nghị các Sở lập dự toán./.",
        "",
        "| Nơi nhận: - Như trên; - Bộ trưởng (để b/cáo); - Lưu: VT, Vụ KHTC. | TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH Phạm Quang Phụng |",
        "|---|---|",
      ].join("\n"),
      "markdown",
    );
    expect(doc.metadata.issuer).toBe("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
    expect(doc.metadata.subject).toMatch(/^xây dựng dự toán ngân sách trung ương thực hiện/u);
    expect(doc.metadata.addressees).toEqual([
      "Giám đốc Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương",
    ]);
    expect(doc.metadata.signer).toMatchObject({
      authority: "TL.",
      capacity: ["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH"],
      name: "Phạm Quang Phụng",
    });
  });
});
