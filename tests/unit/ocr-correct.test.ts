import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { correctOcrLine, nameLineSurname } from "../../src/stages/read/ocr/correct.js";
import { withoutColouredInk } from "../../src/stages/read/ocr/ink.js";
import { otherTonePlacement } from "../../src/stages/read/ocr/lexicon.js";
// @ts-expect-error: a plain .mjs script without types
import { contextCounts } from "../../scripts/ocr-context.mjs";

const corrected = (line: string) => {
  const words = line.split(" ");
  const changes = correctOcrLine(words);
  return { text: words.join(" "), changes };
};

describe("OCR correction by neighbouring words", () => {
  it("restores diacritics tesseract misread, in any case", () => {
    expect(corrected("Kiêm tra việc châp hành pháp luật").text).toBe("Kiểm tra việc chấp hành pháp luật");
    expect(corrected("QUYÉT ĐỊNH").text).toBe("QUYẾT ĐỊNH");
    expect(corrected("cơ quan có thâm quyền").text).toBe("cơ quan có thẩm quyền");
  });
  it("names each change", () => {
    expect(corrected("Kiêm tra").changes).toEqual([{ from: "Kiêm", to: "Kiểm" }]);
  });
  it("keeps words already right, a tone placed the other way, names and d for đ", () => {
    for (const line of [
      "Ủy ban nhân dân tỉnh Lào Cai",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Giám đốc Hoàng Văn Thuân",
      "Đỗ Văn Dũng",
      "sử dụng và bảo quản vật liệu nổ công nghiệp",
    ])
      expect(corrected(line)).toEqual({ text: line, changes: [] });
  });
  it("corrects next to a word whose tone sits on the other vowel than the dictionary prints it", () => {
    // Viet74K prints "hoá chất"; tesseract and today's documents print "hóa".
    expect(corrected("hóa chât").text).toBe("hóa chất");
    expect(corrected("hoá chât").text).toBe("hoá chất");
    expect(otherTonePlacement("hoá")).toBe("hóa");
    expect(otherTonePlacement("thủy")).toBe("thuỷ");
    expect(otherTonePlacement("khoẻ")).toBe("khỏe");
    // A closed syllable, "qu" and a toneless one have no other placement.
    expect([otherTonePlacement("hoàn"), otherTonePlacement("quý"), otherTonePlacement("hoa")]).toEqual([
      null,
      null,
      null,
    ]);
  });
  it("puts a province back together: Đông Tháp is Đồng Tháp", () => {
    expect(corrected("tỉnh Đông Tháp").text).toBe("tỉnh Đồng Tháp");
  });
});

describe("data/ocr-context.tsv", () => {
  it("holds what the text samples give (npm run ocr-context rewrites it)", () => {
    const root = join(import.meta.dirname, "..", "..");
    expect(readFileSync(join(root, "data", "ocr-context.tsv"), "utf8")).toBe(
      contextCounts(join(root, "samples")),
    );
  });
});

describe("a page without its seal and signature", () => {
  it("turns what is coloured in the colour rendering white and keeps every other grey pixel", () => {
    const colour = [
      [200, 30, 40], // seal red
      [40, 60, 190], // signature blue
      [0, 0, 0], // black text
      [120, 120, 120], // grey text edge
      [250, 215, 215], // the seal's pale edge
      [30, 10, 10], // black text under a seal
    ];
    const grey = [70, 80, 0, 118, 225, 14];
    const ppm = new Uint8Array([...new TextEncoder().encode(`P6\n6 1\n255\n`), ...colour.flat()]);
    const head = new TextEncoder().encode(`P5\n6 1\n255\n`);
    const pgm = new Uint8Array([...head, ...grey]);
    const out = withoutColouredInk(pgm, ppm);
    expect([...out.subarray(0, head.length)]).toEqual([...head]);
    expect([...out.subarray(head.length)]).toEqual([255, 255, 0, 118, 255, 14]);
  });
});

describe("OCR correction leaves frequent words standing", () => {
  it("keeps nhận in 'pháp nhận được' though 'pháp nhân' is a word", () => {
    expect(corrected("Sở Tư pháp nhận được Phiếu chuyển").changes).toEqual([]);
  });
  it("still restores a province after tỉnh", () => {
    expect(corrected("UỶ BAN NHÂN DÂN TÍNH LAI CHÂU").text).toBe("UỶ BAN NHÂN DÂN TỈNH LAI CHÂU");
  });
});

describe("OCR correction and place names", () => {
  it("makes no province of a city that shares a first syllable with one", () => {
    expect(corrected("thành phố Hạ Long").changes).toEqual([]);
  });
});

describe("OCR correction in two passes", () => {
  it("corrects a word once its neighbour is corrected", () => {
    expect(corrected("UỶ BAN NHÂN DÂN TÍNH LAI CHẦU").text).toBe("UỶ BAN NHÂN DÂN TỈNH LAI CHÂU");
  });
});

describe("OCR correction at the start of a printed line", () => {
  it("corrects a capitalised word that opens a line under a title, as it would open a paragraph", () => {
    const words = "KẾ HOẠCH Kiêm tra việc chấp hành".split(" ");
    expect(correctOcrLine(words, undefined, new Set([0, 2]))).toEqual([{ from: "Kiêm", to: "Kiểm" }]);
  });
  it("puts back the tilde of 'Nguyễn' on a signer's name line alone, and nowhere else", () => {
    // The corpus's documents scanned again: five signers came out "Nguyên …", one with the seal's stroke.
    expect(nameLineSurname("Nguyên Xuân Phúc")?.text).toBe("Nguyễn Xuân Phúc");
    expect(nameLineSurname("— Nguyên Đồng Tiến")?.text).toBe("— Nguyễn Đồng Tiến");
    for (const line of [
      "Trần Nguyên Hãn",
      "Nguyên Giám đốc Sở",
      "Nguyên tắc chung",
      "Nguyên Anh",
      "1. Nguyên tắc",
    ])
      expect(nameLineSurname(line)).toBeNull();
  });
  it("leaves it standing inside a line, where a capital marks a name", () => {
    const words = "KẾ HOẠCH Kiêm tra việc chấp hành".split(" ");
    expect(correctOcrLine(words, undefined, new Set([0]))).toEqual([]);
  });
});

describe("OCR correction of an item's number", () => {
  it("drops a letter read between the figure and the dot at the start of a line", () => {
    const words = "6ó. Những vấn đề khác".split(" ");
    expect(correctOcrLine(words)).toEqual([{ from: "6ó.", to: "6." }]);
    expect(words[0]).toBe("6.");
  });
  it("leaves the same shape alone inside a line", () => {
    const words = "mục 6ó. Những".split(" ");
    expect(correctOcrLine(words).filter((c) => c.from === "6ó.")).toEqual([]);
  });
});

describe("OCR misreads of a heading's number", () => {
  const fixed = (line: string) => {
    const words = line.split(" ");
    correctOcrLine(words);
    return words.join(" ");
  };
  it("reads 'Chương HI' as III and 'Điều l.' as 1., at the start of a line", () => {
    expect(fixed("Chương HI QUY ĐỊNH CHUNG")).toBe("Chương III QUY ĐỊNH CHUNG");
    expect(fixed("CHƯƠNG IlI")).toBe("CHƯƠNG III");
    expect(fixed("Điều l. Phạm vi điều chỉnh")).toBe("Điều 1. Phạm vi điều chỉnh");
    expect(fixed("Điều 1O. Hiệu lực")).toBe("Điều 10. Hiệu lực");
  });
  it("leaves a right number, a word that is no number, and the same words inside a line alone", () => {
    expect(fixed("Chương II QUY ĐỊNH CHUNG")).toBe("Chương II QUY ĐỊNH CHUNG");
    expect(fixed("Điều lệ công ty")).toBe("Điều lệ công ty");
    expect(fixed("Phần Hồ sơ")).toBe("Phần Hồ sơ");
  });
});

describe("OCR correction of a header's issuer (Chỉ thị 11/CT-UBND, Hà Nội, scanned)", () => {
  it("splits two syllables read as one, and gives a pair the samples print all the time", () => {
    const words = "ỦYBAN NHÂN DÂN THANH PHỐ HÀ NỘI".split(" ");
    expect(correctOcrLine(words)).toEqual([
      { from: "ỦYBAN", to: "ỦY BAN" },
      { from: "THANH", to: "THÀNH" },
    ]);
    expect(words.join(" ")).toBe("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
  });
  it("leaves a word in plain Latin letters whole, and a frequent word with a pair of its own", () => {
    expect(correctOcrLine("Email: vanthu@hanoi.gov.vn".split(" "))).toEqual([]);
    expect(correctOcrLine("đoàn viên thanh niên".split(" "))).toEqual([]);
  });
});

describe("OCR corrections that feed each other along a line (Công văn 687/STP-VB, scanned)", () => {
  it("carries 'HO' → 'HỒ' to 'PHO' → 'PHỐ' and then to 'THANH' → 'THÀNH'", () => {
    const words = "THANH PHO HO CHÍ MINH".split(" ");
    correctOcrLine(words);
    expect(words.join(" ")).toBe("THÀNH PHỐ HỒ CHÍ MINH");
  });
});
