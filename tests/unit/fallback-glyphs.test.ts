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
