import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/model/reporter.js";
import { fixSymbolLetters } from "../../src/stages/read/symbol-letters.js";
import type { SourceText } from "../../src/stages/read/reader.js";
import type { SourceLine } from "../../src/stages/read/source-line.js";

const line = (n: number, text: string): SourceLine => ({
  n,
  kind: "content",
  text,
  indented: false,
  strong: false,
  refs: [],
});

function fixed(texts: string[]): { texts: string[]; rules: string[] } {
  const source: SourceText = { lines: texts.map((t, i) => line(i + 1, t)) };
  const report = new Reporter();
  fixSymbolLetters(source, report);
  return { texts: source.lines.map((l) => l.text), rules: report.diagnostics.map((d) => d.ruleId) };
}

describe("letters a TCVN3 font's PDF left as symbols (Thông tư 01/2006/TT-NHNN, Quyết định 115/2004/QĐ-TTg)", () => {
  it("reads μ, Μ, − and ∙ inside words as à, À, ư and ã, capitals in words of capitals", () => {
    const { texts, rules } = fixed([
      "Hμ Nội, ngμy 20 tháng 02 năm 2006",
      "H−ớng dẫn góp vốn thμnh lập Quỹ bảo l∙nh tín dụng của Ngân hμng Nhμ n−ớc",
      "NGΜNH CÔNG NGHIỆP VΜ N−ỚC",
    ]);
    expect(texts).toEqual([
      "Hà Nội, ngày 20 tháng 02 năm 2006",
      "Hướng dẫn góp vốn thành lập Quỹ bảo lãnh tín dụng của Ngân hàng Nhà nước",
      "NGÀNH CÔNG NGHIỆP VÀ NƯỚC",
    ]);
    expect(rules).toEqual(["legacy-symbol-letters"]);
  });

  it("leaves units, minus signs and a lone accident as they are", () => {
    const kept = [
      "Đường kính 5 μm, nhiệt độ −5 °C, a − b",
      "Tăng 2 − 3%",
      "Một chữ vμ thôi",
      "và n−ớc",
      "Nhóm A−B, nhóm C−D và nhóm E−F",
    ];
    const { texts, rules } = fixed(kept);
    expect(texts).toEqual(kept);
    expect(rules).toEqual([]);
  });
});
