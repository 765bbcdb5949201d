import { describe, expect, it } from "vitest";
import { fixSymbols } from "../../src/stages/read/symbol-letters.js";

// Letters a TCVN3 PDF gave as symbols (Thông tư 01/2006/TT-NHNN, Quyết định 115/2004/QĐ-TTg).
describe("symbols standing for TCVN3 letters", () => {
  it("take the case of their word", () => {
    expect(fixSymbols("Thủ t−ớng Chính phủ")).toBe("Thủ tướng Chính phủ");
    expect(fixSymbols("THỦ T−ỚNG CHÍNH PHỦ")).toBe("THỦ TƯỚNG CHÍNH PHỦ");
    expect(fixSymbols("QUỸ BẢO L∙NH")).toBe("QUỸ BẢO LÃNH");
  });

  it("take the case of a line in capitals where the word is too short to tell", () => {
    expect(fixSymbols("THÔNG T−")).toBe("THÔNG TƯ");
    expect(fixSymbols("Thông t− liên tịch")).toBe("Thông tư liên tịch");
    expect(fixSymbols("T− pháp")).toBe("Tư pháp");
  });
});
