import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isUpperText } from "../../src/text/normalize.js";

/** The definition: some letter is upper case and none is lower case (Unicode's own classes). */
const byClasses = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

describe("isUpperText", () => {
  it("agrees with Unicode's letter classes on any text, letters beyond the BMP included", () => {
    const vietnamese = fc.constantFrom(..."ĐđƯưƠơẠạẶặỆệỮữ Aa1.,-ǅʰ𝐀𝐚\u0301".split(""), "𝐀", "𝐚");
    const text = fc.oneof(fc.string({ unit: "grapheme-composite" }), fc.string({ unit: vietnamese }));
    fc.assert(
      fc.property(text, (s) => {
        expect(isUpperText(s)).toBe(byClasses(s));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it("reads headings, tên loại and mixed lines", () => {
    expect(isUpperText("NGHỊ QUYẾT")).toBe(true);
    expect(isUpperText("ỦY BAN NHÂN DÂN TỈNH LÀO CAI")).toBe(true);
    expect(isUpperText("Số: 07/NQ-CP")).toBe(false);
    expect(isUpperText("12/2025")).toBe(false);
    expect(isUpperText("𝐀𝐁")).toBe(true);
    expect(isUpperText("𝐀𝐚")).toBe(false);
  });
});
