import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8Bytes, utf8Text } from "../../src/text/utf8.js";

describe("UTF-8 through ICU's transcoder", () => {
  it("gives V8's own bytes and text for any string, lone surrogates included", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.constantFrom("Điều 1. Ủy ban 𝕏 😀", "a\uD800b", "\uDC00x", "x\uD83D", ""),
    );
    fc.assert(
      fc.property(text, (s) => {
        const bytes = utf8Bytes(s);
        expect(bytes.equals(Buffer.from(s, "utf8"))).toBe(true);
        expect(utf8Text(bytes)).toBe(Buffer.from(s, "utf8").toString("utf8"));
      }),
      { numRuns: 500 },
    );
  });

  it("reads a slice of a larger buffer, not the buffer around it", () => {
    const whole = Buffer.from("xxĐiều 1yy", "utf8");
    expect(utf8Text(whole.subarray(2, whole.length - 2))).toBe("Điều 1");
  });
});
