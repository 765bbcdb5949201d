import { describe, expect, it } from "vitest";
import type { Glyph } from "../../src/stages/read/pdf/lines.js";
import { withCellsReread } from "../../src/stages/read/ocr/cells.js";
import { bordersOf, imageRulings, scanGrids } from "../../src/stages/read/ocr/rulings.js";

// A page image drawn here at 72 dpi, so one pixel is one point and page space is easy to read:
// y up in page space is `HEIGHT - row`.
const WIDTH = 300;
const HEIGHT = 200;

function page(draw: (set: (x: number, y: number) => void) => void): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${WIDTH} ${HEIGHT}\n255\n`);
  const out = new Uint8Array(head.length + WIDTH * HEIGHT).fill(255);
  out.set(head);
  draw((x, y) => (out[head.length + y * WIDTH + x] = 0));
  return out;
}
const hLine = (set: (x: number, y: number) => void, y: number, x0: number, x1: number, thick = 2) => {
  for (let t = 0; t < thick; t++) for (let x = x0; x <= x1; x++) set(x, y + t);
};
const vLine = (set: (x: number, y: number) => void, x: number, y0: number, y1: number, thick = 2) => {
  for (let t = 0; t < thick; t++) for (let y = y0; y <= y1; y++) set(x + t, y);
};
/** A 3 × 2 ruled table: columns at x 20, 60, 180, 280; rows at y 40, 80, 120 (image rows). */
const table = (set: (x: number, y: number) => void) => {
  for (const y of [40, 80, 120]) hLine(set, y, 20, 281);
  for (const x of [20, 60, 180, 280]) vLine(set, x, 40, 121);
};
const word = (str: string, x: number, y: number): Glyph => ({
  str,
  x,
  y,
  w: 6 * str.length,
  size: 10,
  bold: false,
});

describe("ruling lines found in a scanned page's image", () => {
  it("finds a table's borders and builds its grid, the words placed in their cells", () => {
    const { rulings } = imageRulings(page(table), 72, HEIGHT);
    expect(rulings.filter((r) => r.dir === "h")).toHaveLength(3);
    expect(rulings.filter((r) => r.dir === "v")).toHaveLength(4);
    const grids = scanGrids(rulings, [
      word("TT", 30, HEIGHT - 65),
      word("Nội dung", 70, HEIGHT - 65),
      word("1", 35, HEIGHT - 105),
    ]);
    expect(grids).toHaveLength(1);
    expect(grids[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["TT", "Nội dung", ""],
      ["1", "", ""],
    ]);
  });

  it("takes a line scanned askew as one ruling, and refuses a filled area and short strokes", () => {
    const { rulings } = imageRulings(
      page((set) => {
        // 1 pixel down every 60 across: about one degree.
        for (let x = 10; x < 290; x++) for (let t = 0; t < 2; t++) set(x, 20 + Math.floor((x - 10) / 60) + t);
        // A black bar 30 pixels high: a photo or a redaction, no line.
        for (let y = 100; y < 130; y++) hLine(set, y, 20, 200, 1);
        // Letter-sized strokes.
        hLine(set, 160, 20, 30);
        vLine(set, 100, 150, 160);
      }),
      72,
      HEIGHT,
    );
    expect(rulings).toHaveLength(1);
    expect(rulings[0]).toMatchObject({ dir: "h", from: 10, to: 289 });
    expect(Math.abs(rulings[0]!.at - (HEIGHT - 23))).toBeLessThan(2);
  });

  it("whitens only the rulings chosen: a table's borders go, an underline stays", () => {
    const image = page((set) => {
      table(set);
      hLine(set, 10, 100, 200); // the rule under a heading, above the table
    });
    const found = imageRulings(image, 72, HEIGHT);
    const box = scanGrids(found.rulings, [])[0]!.box;
    const out = found.without((r) => bordersOf(box, r));
    const head = image.length - WIDTH * HEIGHT;
    const at = (x: number, y: number) => out[head + y * WIDTH + x];
    expect(at(100, 40)).toBe(255);
    expect(at(20, 100)).toBe(255);
    expect(at(150, 10)).toBe(0);
    // The page given is left as it was.
    expect(image[head + 40 * WIDTH + 100]).toBe(0);
  });

  it("takes a one-column box (a signing stamp's frame) for no table", () => {
    const { rulings } = imageRulings(
      page((set) => {
        for (const y of [40, 80, 120]) hLine(set, y, 20, 120);
        for (const x of [20, 120]) vLine(set, x, 40, 121);
      }),
      72,
      HEIGHT,
    );
    expect(scanGrids(rulings, [])).toEqual([]);
  });
});

describe("cells read again on their own", () => {
  const cellBox = (y0: number, y1: number): [number, number, number, number] => [20, y0, 60, y1];
  const tableBox: [number, number, number, number] = [20, 10, 280, 160];

  it("keeps the second reading where it holds more, and reads a lone stroke in a column of numbers as 1", () => {
    const first = [word("|", 35, 125), word("2", 35, 85), word("Gói thầu", 70, 125)];
    const again = [word("l", 36, 125), word("TT", 30, 145)];
    const cells = [
      { box: cellBox(110, 140), table: tableBox },
      { box: cellBox(140, 160), table: tableBox },
    ];
    const out = withCellsReread(first, again, cells);
    const texts = out.map((g) => g.str).sort();
    expect(texts).toEqual(["1", "2", "Gói thầu", "TT"]);
  });

  it("leaves a stroke alone where no other cell of its column is a number", () => {
    const first = [word("|", 35, 125), word("Ghi chú", 30, 85)];
    const out = withCellsReread(first, [], [{ box: cellBox(110, 140), table: tableBox }]);
    expect(out.map((g) => g.str)).toEqual(["|", "Ghi chú"]);
  });
});

describe("words OCR boxed close together", () => {
  it("stay apart on their line: each is a whole word", async () => {
    const { linesOf } = await import("../../src/stages/read/pdf/lines.js");
    const close = (str: string, x: number, word?: boolean): Glyph => ({
      str,
      x,
      y: 100,
      w: 18,
      size: 12,
      bold: false,
      ...(word ? { word } : {}),
    });
    expect(linesOf([close("ỦY", 10, true), close("BAN", 28.5, true)])[0]!.text).toBe("ỦY BAN");
    // A text layer's items that close are one word cut in two.
    expect(linesOf([close("Hoà", 10), close("ng", 28.5)])[0]!.text).toBe("Hoàng");
  });
});
