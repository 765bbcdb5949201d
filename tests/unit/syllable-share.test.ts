import { describe, expect, it } from "vitest";
import { fewSyllables, syllableShare } from "../../src/text/legacy-encoding.js";

const CLEAN =
  "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành triển khai thực hiện nghiêm túc các nội dung sau đây";
// A signing tool's shifted codes, as a PDF's text layer gives them.
const GARBLED = "1JK͓ ÿ͓QK V͙ 1Ĉ&3 ÿѭӧF NLӇP FKӍ WKӏ WUѭӡQJ FiF VӣEDQ QJjQK ";

describe("fewSyllables", () => {
  it("gives syllableShare's answer, without reading a clean text to its end", () => {
    const cases = [
      CLEAN,
      GARBLED.repeat(4),
      `${CLEAN} ${GARBLED.repeat(3)}`,
      `${GARBLED.repeat(3)} ${CLEAN}`,
    ];
    for (const text of cases) {
      const { share, words } = syllableShare(text);
      expect(fewSyllables(text, 0.3, 10)).toBe(words >= 10 && share < 0.3);
    }
    expect(fewSyllables(GARBLED.repeat(4), 0.3, 10)).toBe(true);
    expect(fewSyllables(CLEAN, 0.3, 10)).toBe(false);
  });

  it("says nothing of a text shorter than the words asked for", () => {
    expect(fewSyllables(GARBLED, 0.3, 30)).toBe(false);
  });
});
