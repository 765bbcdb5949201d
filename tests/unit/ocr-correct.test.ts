import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { correctOcrLine } from "../../src/stages/read/ocr/correct.js";
import { withoutColouredInk } from "../../src/stages/read/ocr/ink.js";
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
  it("turns coloured ink white and keeps black, grey and a seal's faint edge apart", () => {
    const pixels = [
      [200, 30, 40], // seal red
      [40, 60, 190], // signature blue
      [0, 0, 0], // black text
      [120, 120, 120], // grey text edge
      [250, 215, 215], // the seal's pale edge
      [30, 10, 10], // black text under a seal: stays dark
    ];
    const head = new TextEncoder().encode(`P6\n${pixels.length} 1\n255\n`);
    const ppm = new Uint8Array([...head, ...pixels.flat()]);
    const pgm = withoutColouredInk(ppm);
    const text = new TextDecoder("latin1").decode(pgm.subarray(0, 12));
    expect(text.startsWith(`P5\n${pixels.length} 1\n255\n`)).toBe(true);
    const grey = [...pgm.subarray(pgm.length - pixels.length)];
    expect(grey.slice(0, 5)).toEqual([255, 255, 0, 120, 255]);
    expect(grey[5]).toBeLessThan(40);
  });
});
