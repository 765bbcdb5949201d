import { describe, expect, it } from "vitest";
import { cellText, gridsOf } from "../../src/stages/read/pdf/grid.js";
import type { Glyph } from "../../src/stages/read/pdf/lines.js";
import { type Ruling, rulingsOf } from "../../src/stages/read/pdf/rulings.js";

// A three-column table, y up: a header row (100–80), a first row (80–60) and a second (60–40).
// The borders inside the top-right block (columns 2–3 of the header and the first row) are missing,
// as a portal's stylesheet printed them.
const h = (at: number, from: number, to: number): Ruling => ({ dir: "h", at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ dir: "v", at, from, to });
const rulings: Ruling[] = [
  h(100, 0, 300),
  h(80, 0, 50),
  h(60, 0, 300),
  h(40, 0, 300),
  v(0, 40, 100),
  v(50, 40, 100),
  v(150, 40, 60),
  v(300, 40, 100),
];
const glyph = (str: string, x: number, y: number): Glyph => ({
  str,
  x,
  y,
  w: str.length * 5,
  size: 10,
  bold: false,
});

describe("ruled grids whose producer left borders out", () => {
  it("cuts a block whose every cell holds its own text back into cells", () => {
    const [grid] = gridsOf(rulings, [
      glyph("TT", 10, 86),
      glyph("Mẫu", 80, 86),
      glyph("Nội dung", 200, 86),
      glyph("1", 20, 66),
      glyph("Mẫu số 1.1", 60, 66),
      glyph("Tờ trình", 160, 66),
      glyph("2", 20, 46),
      glyph("Mẫu số 1.2", 60, 46),
      glyph("Biên bản", 160, 46),
    ]);
    expect(grid!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["TT", "Mẫu", "Nội dung"],
      ["1", "Mẫu số 1.1", "Tờ trình"],
      ["2", "Mẫu số 1.2", "Biên bản"],
    ]);
    expect(grid!.rows[0]!.cells.every((c) => c.colSpan === 1 && c.rowSpan === 1)).toBe(true);
  });

  it("keeps a cell that spans when its text is one block over its columns", () => {
    const [grid] = gridsOf(rulings, [
      glyph("TT", 10, 86),
      glyph("1", 20, 66),
      // Two lines centred over the block, each across the missing border at x = 150: every cell of
      // the block holds a piece of text, but pieces of lines that run on.
      glyph("Kết quả thực hiện", 110, 86),
      glyph("trong năm 2025", 115, 66),
      glyph("2", 20, 46),
      glyph("Mẫu số 1.2", 60, 46),
      glyph("Biên bản", 160, 46),
    ]);
    const block = grid!.rows[0]!.cells.find((c) => c.col === 1)!;
    expect(block).toMatchObject({ text: "Kết quả thực hiện trong năm 2025", colSpan: 2, rowSpan: 2 });
  });
});

describe("a cell's lines as one text", () => {
  it("joins a number a narrow cell broke, and keeps numbers one under the other apart", () => {
    expect(cellText(["Quý II/202", "5"])).toBe("Quý II/2025");
    expect(cellText(["2025-", "2030"])).toBe("2025-2030");
    // A form's row numbers in one cell (Thông tư 99/1998/TT-BTC, Mẫu số 1b, through LibreOffice).
    expect(cellText(["1", "2", "3", "4", "5"])).toBe("1 2 3 4 5");
    expect(cellText(["1", "25"])).toBe("125");
    // Only the end of what is joined so far decides, however long the cell already is.
    const long = "Kế hoạch triển khai thực hiện giai đoạn ".repeat(30);
    expect(cellText([long, "2021-", "2025"])).toBe(`${long.trim()} 2021-2025`);
    expect(cellText([long + "𝐀-", "x"])).toBe(`${long}𝐀-x`);
    expect(cellText([long, "Quý 𝐀", "5"])).toBe(`${long.trim()} Quý 𝐀 5`);
  });
});

describe("the rulings of a page's operator list", () => {
  // pdf.js's operator numbers for the operators read (their values do not matter, only that they differ).
  const OPS = {
    save: 10,
    restore: 11,
    transform: 12,
    constructPath: 91,
    stroke: 20,
    closeStroke: 21,
    fill: 22,
    eoFill: 23,
    fillStroke: 24,
    eoFillStroke: 25,
    closeFillStroke: 26,
    closeEOFillStroke: 27,
    setStrokeRGBColor: 58,
    setFillRGBColor: 59,
    setGState: 9,
  };
  // A thin filled rectangle 200 pt wide at y = 100: a border as Chromium draws one.
  const border = [
    OPS.constructPath,
    [OPS.fill, [[0, 50, 100, 1, 250, 100, 1, 250, 100.5, 1, 50, 100.5, 4]]],
  ] as const;
  const rulingsAfter = (...state: [number, unknown[]][]) =>
    rulingsOf(
      {
        fnArray: [OPS.save, ...state.map(([fn]) => fn), border[0], OPS.restore],
        argsArray: [[], ...state.map(([, args]) => args), border[1] as unknown as unknown[], []],
      },
      OPS,
    );

  it("reads a border drawn in black or grey", () => {
    expect(rulingsAfter()).toEqual([{ dir: "h", at: 100.25, from: 50, to: 250 }]);
    expect(rulingsAfter([OPS.setFillRGBColor, ["#d9d9d9"]])).toHaveLength(1);
    // vbpl.vn's tables, printed by Chromium.
    expect(rulingsAfter([OPS.setFillRGBColor, ["#eeeeee"]])).toHaveLength(1);
  });

  it("leaves out a border no reader sees: white or transparent", () => {
    expect(rulingsAfter([OPS.setFillRGBColor, ["#ffffff"]])).toEqual([]);
    expect(rulingsAfter([OPS.setFillRGBColor, ["#fcfcfc"]])).toEqual([]);
    expect(
      rulingsAfter([
        OPS.setGState,
        [
          [
            ["ca", 0],
            ["BM", "source-over"],
          ],
        ],
      ]),
    ).toEqual([]);
    // A transparent stroke leaves a filled border as it is.
    expect(rulingsAfter([OPS.setGState, [[["CA", 0]]]])).toHaveLength(1);
  });
});
