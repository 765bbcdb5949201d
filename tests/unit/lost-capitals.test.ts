import { describe, expect, it } from "vitest";
import { restoreLostCapitals } from "../../src/stages/read/lost-capitals.js";

describe("capitals lost with TCVN3's capital fonts", () => {
  it("come back in the header when the quốc hiệu reads in small letters but its first", () => {
    // Quyết định 522/2002/QĐ-UB (An Giang) exported to PDF where .VnTimeH was replaced.
    const lines = [
      "ủy ban nhân dân",
      "Tỉnh an giang",
      "--------------------",
      "Cộng hòa xã hội chủ nghĩa việt nam",
      "Độc lập - Tự do - Hạnh phúc",
      "Long Xuyên, ngày 07 tháng 3 năm 2002",
      "Tỉnh an giang có nhiều tiềm năng",
    ];
    expect(restoreLostCapitals(lines)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH AN GIANG",
      "--------------------",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Long Xuyên, ngày 07 tháng 3 năm 2002",
      "Tỉnh an giang có nhiều tiềm năng",
    ]);
  });

  it("leave a header whose quốc hiệu is written with its capitals", () => {
    const lines = ["Ủy ban nhân dân", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Tỉnh An Giang"];
    expect(restoreLostCapitals(lines)).toEqual(lines);
  });
});
