import { describe, expect, it } from "vitest";
import type { Glyph } from "../../src/stages/read/pdf/lines.js";
import { signatureColumn, withColumnReread } from "../../src/stages/read/ocr/signature-column.js";

// A letter's foot as tesseract reads a scan (Công văn 813/HC-CNHC): "Nơi nhận" at the left, the
// signature beside it, whose name the page's reading ran into marks.
const word = (str: string, x: number, y: number): Glyph => ({
  str,
  x,
  y,
  w: 6 * str.length,
  size: 12,
  bold: false,
  word: true,
});
const line = (text: string, x: number, y: number) =>
  text.split(" ").map((w, i, all) => word(w, x + all.slice(0, i).join(" ").length * 6 + (i ? 6 : 0), y));

const page = [
  ...line("Trân trọng./.", 80, 300),
  ...line("Nơi nhận:", 60, 260),
  ...line("KT. CỤC TRƯỞNG", 360, 262),
  ...line("- Như trên;", 60, 245),
  ...line("PHÓ CỤC TRƯỞNG", 360, 246),
  ...line("- Lưu: VT.", 60, 230),
  ...line("_ #sàng Huy Nam Sơn", 360, 180),
];

describe("the signature column beside 'Nơi nhận' read again", () => {
  it("is the page's right part from a little above 'Nơi nhận' to its foot", () => {
    const box = signatureColumn(page, 595);
    expect(box).not.toBeNull();
    const [x0, y0, x1, y1] = box!;
    expect([x0 < 360, x0 > 150, y0, x1, y1 > 262]).toEqual([true, true, 0, 595, true]);
    expect(signatureColumn(line("Trân trọng./.", 80, 300), 595)).toBeNull();
  });

  it("replaces the column's words only when the second reading names someone the first did not", () => {
    const box = signatureColumn(page, 595)!;
    const again = [...line("KT. CỤC TRƯỞNG", 362, 262), ...line("Phạm Huy Nam Sơn", 380, 180)];
    const reread = withColumnReread(page, again, box)!;
    const texts = reread.map((g) => g.str).join(" ");
    expect(texts).toContain("Phạm Huy Nam Sơn");
    expect(texts).not.toContain("#sàng");
    expect(texts).toContain("Nơi nhận:");
    // No name in the second reading, or a name already in the first: the page's reading stands.
    expect(withColumnReread(page, line("KT. CỤC TRƯỞNG", 362, 262), box)).toBeNull();
    const named = [...page.slice(0, -4), ...line("Phạm Huy Nam Sơn", 380, 180)];
    expect(withColumnReread(named, again, box)).toBeNull();
  });
});
