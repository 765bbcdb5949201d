import { describe, expect, it } from "vitest";
import { matchMarker, matchMarkers, opensBlock } from "../../src/text/markers.js";

describe("numbering markers", async () => {
  it.each([
    ["PHẦN THỨ NHẤT", "part", 1, ""],
    ["PHẦN THỨ HAI QUAN ĐIỂM", "part", 2, "QUAN ĐIỂM"],
    ["Phần II. Tổ chức", "part", 2, "Tổ chức"],
    ["Chương III QUY ĐỊNH CHUNG", "chapter", 3, "QUY ĐỊNH CHUNG"],
    ["Mục 2. Thủ tục", "mucSection", 2, "Thủ tục"],
    ["Điều 12. Hiệu lực thi hành", "article", 12, "Hiệu lực thi hành"],
    // The Hiến pháp 2013's Word file prints the number alone, the article's text on the next line.
    ["Điều 1", "article", 1, ""],
    ["ĐIỀU 47 ", "article", 47, ""],
    ["II. NHIỆM VỤ", "roman", 2, "NHIỆM VỤ"],
    ["IV- TỔ CHỨC THỰC HIỆN", "roman", 4, "TỔ CHỨC THỰC HIỆN"],
    ["A. VỀ THỰC HIỆN", "upperLetter", 1, "VỀ THỰC HIỆN"],
    ["3. Cơ cấu lại", "decimal", 3, "Cơ cấu lại"],
    ["1.2. Hoàn thiện", "decimal2", 2, "Hoàn thiện"],
    ["1.1.3. Tăng cường", "decimal3", 3, "Tăng cường"],
    ["1.1.3 Tăng cường", "decimal3", 3, "Tăng cường"],
    ["2.1.Đổi mới", "decimal2", 1, "Đổi mới"],
    ["4) Bốn", "decimalParen", 4, "Bốn"],
    ["đ) Phát triển du lịch", "letter", 5, "Phát triển du lịch"],
    ["g) Phát triển", "letter", 7, "Phát triển"],
    ["(12) Tăng trưởng", "parenNumber", 12, "Tăng trưởng"],
    ["- Rà soát", "dash", null, "Rà soát"],
    ["+ Thu gom", "plus", null, "Thu gom"],
  ])("reads %j as %s", (line, style, ordinal, rest) => {
    const m = matchMarker(line);
    expect(m?.style).toBe(style);
    expect(m?.ordinal).toBe(ordinal);
    expect(m?.rest).toBe(rest);
  });

  it.each([
    "3.384 doanh nghiệp thành lập mới",
    "2025 để tiếp tục",
    "III). Tỷ lệ đô thị hóa đạt 45%.",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG",
    "MỤC ĐÍCH, YÊU CẦU",
    "f) không phải điểm",
    "1,5 triệu",
    "Điều kiện cần",
    "Điều 3 của Luật này quy định",
  ])("does not take %j for a marker", (line) => {
    expect(matchMarker(line)).toBeNull();
  });

  it("offers both readings of C. so the sequence can decide", async () => {
    expect(matchMarkers("C. VỀ KINH TẾ").map((m) => m.style)).toEqual(["upperLetter", "roman"]);
    expect(matchMarkers("I. KẾT QUẢ").map((m) => m.style)).toEqual(["roman", "upperLetter"]);
  });

  it("knows the formulas that open blocks", async () => {
    expect(opensBlock("Căn cứ Luật Tổ chức Chính phủ")).toBe(true);
    expect(opensBlock("QUYẾT NGHỊ:")).toBe(true);
    expect(opensBlock("Nơi nhận:")).toBe(true);
    expect(opensBlock("TM. CHÍNH PHỦ")).toBe(true);
    expect(opensBlock("T/M BAN THƯỜNG VỤ")).toBe(true);
    expect(opensBlock("dựng Đảng bộ vững mạnh")).toBe(false);
  });
});

describe("a part, chapter or section named in running text", () => {
  it("is no heading when lower-case text follows it", () => {
    expect(matchMarkers("Phần thứ nhất bao gồm từ “Kính gửi”, sau đó là tên các cơ quan")).toEqual([]);
    expect(matchMarkers("Chương II của Luật này quy định")).toEqual([]);
    expect(matchMarker("Phần thứ nhất. NHỮNG VẤN ĐỀ CHUNG")).toMatchObject({ style: "part", ordinal: 1 });
    expect(matchMarker("Chương II")).toMatchObject({ style: "chapter", ordinal: 2 });
  });
});
