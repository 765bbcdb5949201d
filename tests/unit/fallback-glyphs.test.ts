import { describe, expect, it } from "vitest";
import { mergeFallbackGlyphs, type Placed } from "../../src/stages/read/pdf/fallback-glyphs.js";

// Items as pdf.js gives them for LibreOffice's export of Luật 69/2025/QH15 (Nimbus Roman, with the
// letters it lacks in DejaVu Serif): x, width and string as read from the PDF's text content.
const at = (str: string, x: number, w: number, fontName: string, y = 654.2): Placed => ({
  glyph: { str, x, y, w, size: 12, bold: false },
  fontName,
});

function merged(placed: Placed[]): string[] {
  const { dropped, added } = mergeFallbackGlyphs(placed);
  return [...placed.filter((p) => !dropped.has(p.glyph)).map((p) => p.glyph.str), ...added.map((g) => g.str)];
}

describe("letters of a fallback font drawn over the spaces left for them", () => {
  it("puts each letter into its space inside the main font's run", () => {
    const line = [
      at("Lu t s", 85.3, 31.45, "f3"),
      at(" ", 116.75, 7.32, "f3"),
      at(": 69/2025/QH15", 124.07, 78.28, "f3"),
      at("ậ", 98.6, 7.15, "f4"),
      at(" ", 105.75, 11.04, "f4"),
      at("ố", 116.79, 7.33, "f4"),
      at(" ", 124.12, 240.08, "f4"),
      at("Hà N", 364.2, 25.61, "f5"),
      at(" ", 389.81, 7.28, "f5"),
      at("i, ngày 14 tháng 6 năm 2025", 397.09, 137.59, "f5"),
      at("ộ", 389.8, 7.22, "f6"),
    ];
    // "ố" and "ộ" stand between runs, where the spaces left for them were: x order places them.
    expect(merged(line)).toEqual([
      "Luật s",
      ": 69/2025/QH15",
      "ố",
      "Hà N",
      "i, ngày 14 tháng 6 năm 2025",
      "ộ",
    ]);
  });

  it("drops the main run's space items the letters stand on, and the fallback run's own", () => {
    const line = [
      at("QU", 111.6, 17.96, "f1", 703.5),
      at(" ", 129.56, 10.43, "f1", 703.5),
      at("C H", 139.99, 21.02, "f1", 703.5),
      at(" ", 161.02, 10.45, "f1", 703.5),
      at("I", 171.47, 4.67, "f1", 703.5),
      at("Ố", 129.6, 10.45, "f2", 703.5),
      at(" ", 140.05, 20.94, "f2", 703.5),
      at("Ộ", 160.99, 10.45, "f2", 703.5),
      // Lower on the page the main font prints whole words: it is no fallback.
      at("Căn cứ Hiến pháp", 72.1, 90, "f1", 548.6),
    ];
    expect(merged(line).join("|")).toBe("QU|C H|I|Ố|Ộ|Căn cứ Hiến pháp");
  });

  it("parts a word where the space left for a letter held the word's space too, by the dictionary", () => {
    // "Theo đề nghị của Cục trưởng": "nghịc" has a syllable's shape, but no word has it.
    const line = [
      at("Theo đ", 72.1, 32.99, "f5", 434.2),
      at(" ", 105.09, 10.39, "f5", 434.2),
      at("ngh c", 115.48, 30.12, "f5", 434.2),
      at(" ", 145.6, 7.76, "f5", 434.2),
      at("a C", 153.36, 17, "f5", 434.2),
      at(" ", 170.37, 7.68, "f5", 434.2),
      at("c tr", 178.05, 16.27, "f5", 434.2),
      at("ề", 105.1, 7.38, "f6", 434.2),
      at(" ", 112.48, 21.01, "f6", 434.2),
      at("ị", 133.49, 3.83, "f6", 434.2),
      at(" ", 137.32, 8.26, "f6", 434.2),
      at("ủ", 145.58, 7.73, "f6", 434.2),
      at(" ", 153.3, 17.06, "f6", 434.2),
      at("ụ", 170.37, 7.73, "f6", 434.2),
      // Elsewhere on the page the main font prints words.
      at("Căn cứ Hiến pháp", 72.1, 90, "f5", 600),
    ];
    expect(merged(line)).toEqual(["Theo đ", "nghị c", "a C", "c tr", "ề", "ủ", "ụ", "Căn cứ Hiến pháp"]);
  });

  it("leaves one font's line alone, a letter with no space near it, and fonts that all print words", () => {
    const same = [at("Căn cứ Hiến pháp", 72, 90, "f1"), at("ố", 100, 6, "f1")];
    expect(merged(same)).toEqual(["Căn cứ Hiến pháp", "ố"]);
    const far = [at("Chương", 72, 40, "f1"), at("ố", 90, 6, "f2")];
    expect(merged(far)).toEqual(["Chương", "ố"]);
    const words = [
      at("Lu t s", 85.3, 31.45, "f3"),
      at("ậ ố", 98.6, 25.52, "f4"),
      at("hóa chất", 72, 40, "f3", 600),
      at("quy định", 200, 40, "f4", 600),
    ];
    expect(merged(words)).toEqual(["Lu t s", "ậ ố", "hóa chất", "quy định"]);
  });
});
