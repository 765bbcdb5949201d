import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertFile } from "../../src/index.js";
import { nextLabel, type ListLevel } from "../../src/stages/read/list-label.js";
import { nodes } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..");

describe("Word's automatic list numbers", () => {
  it("counts a list's levels as Word prints them, deeper levels restarting", () => {
    const levels = new Map<number, ListLevel>([
      [0, { start: 1, format: "decimal", text: "Điều %1." }],
      [1, { start: 1, format: "lowerLetter", text: "%2)" }],
      [2, { start: 4, format: "upperRoman", text: "%1.%3" }],
    ]);
    const count: number[] = [];
    const labels = [0, 1, 1, 0, 1, 2, 2].map((ilvl) => nextLabel(levels, count, ilvl));
    expect(labels).toEqual(["Điều 1.", "a)", "b)", "Điều 2.", "a)", "2.IV", "2.V"]);
    expect(nextLabel(new Map([[0, { start: 1, format: "bullet", text: "\uf0b7" }]]), [], 0)).toBe("-");
  });

  it("writes a Word 97–2003 file's list numbers into its paragraphs (TB Bình Thuận, 2024)", async () => {
    // Items 1.–4. and the hội a)–e) are Word list numbers (sprmPIlfo), not text; one hội between them
    // is typed "đ)" outside the list, so the printed run is a) b) c) d) đ) e).
    const { document: doc } = await convertFile(
      join(ROOT, "corpus/thong-bao-so-trong-TB-UBND-2024_binh-thuan-giai-the-hoi_du-thao.doc"),
      { ocr: "off" },
    );
    const top = doc.body.children.filter((n) => n.type === "section" || n.type === "item");
    expect(top.map((n) => n.label)).toEqual(["1.", "2.", "3.", "4."]);
    expect(top[0]!.title ?? top[0]!.text).toMatch(/^Thống nhất việc giải thể 06 hội/u);
    expect(top[2]!.title ?? top[2]!.text).toMatch(/^Đề nghị Báo Bình Thuận/u);
    const points = [...nodes(top[0]!)].filter((n) => /^[a-zđ]\)$/u.test(n.label ?? ""));
    expect(points.map((n) => n.label)).toEqual(["a)", "b)", "c)", "d)", "đ)", "e)"]);
    expect(points[5]!.title ?? points[5]!.text).toMatch(/^Hội Lâm nghiệp/u);
  });
});
