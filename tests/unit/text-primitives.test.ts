import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { letterOrdinal } from "../../src/text/alphabet.js";
import { findDates, parseDate, parsePlaceDate } from "../../src/text/dates.js";
import { findDocumentNumbers, parseDocumentNumber } from "../../src/text/document-number.js";
import { foldDiacritics, foldDiacriticsByDefinition, foldKey } from "../../src/text/fold.js";
import { hasUpperPair, normalizeText, stripMarkup } from "../../src/text/normalize.js";
import { parseVietnameseNumber } from "../../src/text/numbers.js";
import { parseRoman } from "../../src/text/roman.js";
import { normalizeTonePlacement } from "../../src/text/tones.js";
import { atMostWords } from "../../src/text/word-count.js";

describe("Vietnamese numbers", async () => {
  it.each([
    ["9.486", 9486],
    ["12,50", 12.5],
    ["118.079,279", 118079.279],
    ["9,866", 9.866],
    ["240.000", 240000],
    ["11.887.000", 11887000],
    ["0", 0],
    ["-3,5", -3.5],
  ])("reads %s as %d", (raw, value) => {
    expect(parseVietnameseNumber(raw)).toBe(value);
  });
  it.each(["", "abc", "1.2.3,4,5", "12.34"])("refuses %j", async (raw) => {
    expect(parseVietnameseNumber(raw)).toBeNull();
  });
});

describe("dates", async () => {
  it("reads the words form with zero padding", async () => {
    expect(parseDate("ngày 10 tháng 01 năm 2025")).toBe("2025-01-10");
  });
  it("reads the unpadded words form", async () => {
    expect(parseDate("ngày 19 tháng 6 năm 2015")).toBe("2015-06-19");
  });
  it("reads numeric dates with / - and .", async () => {
    expect(findDates("ngày 08/01/2025 và 13-11-2021, 4.6.2020").map((d) => d.iso)).toEqual([
      "2025-01-08",
      "2021-11-13",
      "2020-06-04",
    ]);
  });
  it("refuses impossible dates", async () => {
    expect(parseDate("ngày 31 tháng 02 năm 2025")).toBeNull();
    expect(parseDate("ngày 12 tháng 13 năm 2025")).toBeNull();
  });
  it("splits the place-and-date line", async () => {
    expect(parsePlaceDate("Hải Phòng, ngày 20 tháng 01 năm 2025")).toEqual({
      place: "Hải Phòng",
      issuedOn: "2025-01-20",
    });
    expect(parsePlaceDate("Căn cứ Luật, ngày 19 tháng 6 năm 2015 của Quốc hội")).toBeNull();
  });
});

describe("document numbers", async () => {
  it.each([
    ["07/NQ-CP", "07/NQ-CP", "resolution"],
    ["0204/KH-UBND", "0204/KH-UBND", "plan"],
    ["35/2021/QH15", "35/2021/QH15", null],
    ["30/2020/NĐ-CP", "30/2020/NĐ-CP", "decree"],
    ["45-NQ/TW", "45-NQ/TW", "resolution"],
    ["20-CTr/TU", "20-CTr/TU", "programme"],
    ["12/UBND-VX", "12/UBND-VX", "officialLetter"],
    ["402-CV/VPĐU", "402-CV/VPĐU", "officialLetter"],
    ["03 /CT-UBND", "03/CT-UBND", "directive"],
  ])("parses %s", (raw, number, type) => {
    const parsed = parseDocumentNumber(raw);
    expect(parsed?.number).toBe(number);
    expect(parsed?.typeCode).toBe(type);
  });
  it("finds numbers broken across a wrap and names their type from the words before", async () => {
    const found = findDocumentNumbers(
      "tại Tờ trình số 9848 /TTr-BKHĐT ngày 29 tháng 11 năm 2024 và Nghị quyết số 35/2021/QH15",
    );
    expect(found.map((f) => [f.number, f.namedType])).toEqual([
      ["9848/TTr-BKHĐT", "submission"],
      ["35/2021/QH15", "resolution"],
    ]);
  });
  it.each([
    ["theo Chương trình hành động số 20-CTr/TU của Tỉnh ủy", "programme"],
    ["Căn cứ Quyết định  số :  5/QĐ-TTg", "decision"],
    ["Căn cứ Quyết định 5/QĐ-TTg", "decision"],
    // The words must stand apart from the number and from "số", and a colon may not follow them.
    ["Quyết định: 5/QĐ-TTg", null],
    ["Nghị quyếtsố 1/NQ-CP", null],
    ["văn bản số 12/UBND-VX", null],
    // Only the last four words count: "về việc" does not name the type.
    ["Nghị quyết về việc giao 12/UBND-VX", null],
  ])("names the type before the number in %s", async (text, type) => {
    expect(findDocumentNumbers(text).map((f) => f.namedType)).toEqual([type]);
  });
  it("does not take dates or lot codes for document numbers", async () => {
    expect(findDocumentNumbers("ngày 13/11/2021 tại lô I.14/CTHH-01")).toEqual([]);
  });
});

describe("normalisation and folding", async () => {
  it("composes NFD text and replaces NBSP and the OCR eth", async () => {
    expect(normalizeText("Nghi\u0323 quyê\u0301t\u00a0số \u00d0iều")).toBe("Nghị quyết số Điều");
  });
  it("folds both tone placements to one key", async () => {
    expect(foldKey("Hoà")).toBe(foldKey("Hòa"));
    expect(foldKey("HOÀ TỐC")).toBe(foldKey("hỏa tốc"));
    expect(foldKey("Thuỷ")).toBe("thuy");
  });
  it("folds every character as the NFD definition does, alone and between letters and marks", async () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}`, `${ch}\u0301`, `e${ch}\u0323x`])
        if (foldDiacritics(s) !== foldDiacriticsByDefinition(s)) differ.push(s);
    }
    expect(differ).toEqual([]);
    expect(foldDiacritics("Đổi mới 😀 𝐀 한국어")).toBe("Doi moi 😀 𝐀 한국어");
  });
  it("removes bold and italic residue and says it was there", async () => {
    expect(stripMarkup("**TM. ỦY BAN NHÂN DÂN")).toEqual({
      text: "TM. ỦY BAN NHÂN DÂN",
      strong: true,
      emphasis: false,
    });
    expect(stripMarkup("<i>Công nghiệp</i>").text).toBe("Công nghiệp");
  });
});

describe("Roman numerals and the Vietnamese alphabet", async () => {
  it("parses well-formed numerals only", async () => {
    expect(parseRoman("XIV")).toBe(14);
    expect(parseRoman("IIII")).toBeNull();
    expect(parseRoman("ABC")).toBeNull();
  });
  it("orders point letters without f, j, w, z and with đ after d", async () => {
    expect(letterOrdinal("d")).toBe(4);
    expect(letterOrdinal("đ")).toBe(5);
    expect(letterOrdinal("g")).toBe(7);
    expect(letterOrdinal("f")).toBeNull();
  });
});

describe("tone placement", () => {
  // The definition: decompose, move the tone of a final "oa", "oe", "uy" (not after q) from the
  // second vowel to the first, recompose. The fast path must agree with it on every text.
  const TONE = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";
  const OLD = new RegExp(`(?<![qQ])([oO][aAeE]|[uU][yY])(${TONE})(?![\\p{L}\\p{M}])`, "gu");
  const byDefinition = (s: string) =>
    s
      .normalize("NFD")
      .replace(OLD, (_m, pair: string, tone: string) => `${pair[0]}${tone}${pair[1]}`)
      .normalize("NFC");

  it("brings the old style to the new one, and leaves other syllables", () => {
    expect(normalizeTonePlacement("hoà, khoẻ, thuỷ, quý, hoàng, Hoà")).toBe(
      "hòa, khỏe, thủy, quý, hoàng, Hòa",
    );
    expect(normalizeTonePlacement("hoa\u0300".normalize("NFD"))).toBe("hòa");
  });

  it("agrees with its definition on generated syllables, composed and decomposed", () => {
    const letters = fc.constantFrom(
      ..."oOuUqQaAeEyYhkntàáãảạèéẽẻẹỳýỹỷỵÀÝăâêô ,".split(""),
      "\u0300",
      "\u0323",
    );
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 12 }), (xs) => {
        const s = xs.join("");
        expect(normalizeTonePlacement(s)).toBe(byDefinition(s));
        expect(normalizeTonePlacement(s.normalize("NFD"))).toBe(byDefinition(s.normalize("NFD")));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe("normalizeText's quick path", () => {
  it("gives what the full replacement gives, for every character of the BMP", () => {
    const full = (s: string) =>
      s
        .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
        .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
        .replace(/\u00D0/g, "\u0110")
        .replace(/\u00F0/g, "\u0111")
        .replace(/[\u2044\u2215]/g, "/")
        .normalize("NFC");
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `Số${String.fromCharCode(c)}1105`;
      if (normalizeText(s) !== full(s)) differing.push(c);
    }
    expect(differing).toEqual([]);
    expect(normalizeText("1105\u2044KH\u00A0ĐKT")).toBe("1105/KH ĐKT");
  });
});

describe("hasUpperPair", () => {
  it("finds two capitals side by side as /\\p{Lu}{2}/u does, and never misses one beyond the BMP", () => {
    const text = fc
      .array(fc.constantFrom("a", "Đ", "U", "B", "ư", "Ư", " ", ".", "ϒ", "ǅ", "𝐀", "1"), { maxLength: 12 })
      .map((xs) => xs.join(""));
    fc.assert(
      fc.property(text, (s) => {
        const pair = /\p{Lu}{2}/u.test(s);
        if (/[\uD800-\uDFFF]/.test(s)) expect(hasUpperPair(s) || !pair).toBe(true);
        else expect(hasUpperPair(s)).toBe(pair);
      }),
      { seed: 5, numRuns: 3000 },
    );
    expect(hasUpperPair("KT. BỘ TRƯỞNG")).toBe(true);
    expect(hasUpperPair("Kế hoạch số 15")).toBe(false);
  });
});

describe("atMostWords", () => {
  it("answers what splitting on white space answers", () => {
    const text = fc
      // Unicode's blanks count as \s does; a zero-width space and NEL do not.
      .array(
        fc.constantFrom(
          "a",
          "Đ",
          " ",
          "  ",
          "\t",
          "\n",
          "1.",
          "\u00a0",
          "\u2003",
          "\u3000",
          "\ufeff",
          "\u200b",
          "\u0085",
        ),
        {
          maxLength: 30,
        },
      )
      .map((xs) => xs.join(""));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 12 }), (s, n) => {
        expect(atMostWords(s, n)).toBe(s.split(/\s+/).length <= n);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});

describe("stripMarkup's quick path", () => {
  it("leaves a line without *, _ or < as it is, unmarked", () => {
    const plain = fc
      .array(fc.constantFrom("a", "Đ", " ", "1", ".", "(", ")", "-", ">", "b", "i"), { maxLength: 20 })
      .map((xs) => xs.join(""));
    fc.assert(
      fc.property(plain, (s) => {
        expect(stripMarkup(s)).toEqual({ text: s, strong: false, emphasis: false });
      }),
      { seed: 5, numRuns: 500 },
    );
    expect(stripMarkup("**Điều 1.** nội dung _x_")).toEqual({
      text: "Điều 1. nội dung _x_",
      strong: true,
      emphasis: false,
    });
  });
});
