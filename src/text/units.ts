import { foldKey } from "./fold.js";

/**
 * Units of measure as Vietnamese documents print them, with the normalised form analysts compare
 * ("Tr.đồng" and "Triệu đồng" are one unit). Keys are folded; longer forms are tried first so that
 * "triệu đồng/ha" is not read as "triệu đồng".
 */
const UNITS: [string, string][] = [
  ["%/nam", "%/năm"],
  ["% / nam", "%/năm"],
  ["%", "%"],
  ["‰", "‰"],
  ["nghin ty dong", "nghìn tỷ đồng"],
  ["trieu ty dong", "triệu tỷ đồng"],
  ["ty dong", "tỷ đồng"],
  ["ty usd", "tỷ USD"],
  ["trieu usd", "triệu USD"],
  ["usd/nguoi/nam", "USD/người/năm"],
  ["usd/nguoi", "USD/người"],
  ["usd", "USD"],
  ["trieu dong/ha", "triệu đồng/ha"],
  ["trieu dong/nguoi/nam", "triệu đồng/người/năm"],
  ["trieu dong/nguoi", "triệu đồng/người"],
  ["trieu dong", "triệu đồng"],
  ["tr.dong", "triệu đồng"],
  ["tr. dong", "triệu đồng"],
  ["trieu tan", "triệu tấn"],
  ["nghin tan", "nghìn tấn"],
  ["tan", "tấn"],
  ["trieu teu", "triệu TEU"],
  ["trieu luot nguoi", "triệu lượt"],
  ["trieu luot khach", "triệu lượt"],
  ["trieu luot", "triệu lượt"],
  ["nghin luot", "nghìn lượt"],
  ["luot nguoi", "lượt người"],
  ["trieu nguoi", "triệu người"],
  ["nghin nguoi", "nghìn người"],
  ["giuong benh", "giường bệnh"],
  ["bac si", "bác sĩ"],
  ["ho giam", "hộ"],
  ["doanh nghiep", "doanh nghiệp"],
  ["km", "km"],
  ["nguoi", "người"],
  ["lan", "lần"],
  ["can", "căn"],
  ["ha", "ha"],
  ["m2", "m²"],
  ["m²", "m²"],
  ["mw", "MW"],
  ["kwh", "kWh"],
];
const GENERIC = new Set(["nguoi", "lan", "can", "ha"]);
const SORTED = [...UNITS].sort((a, b) => b[0].length - a[0].length);

/** The normalised form of a printed unit, or the printed form folded to lower case when unknown. */
export function normalizeUnit(printed: string): string {
  const key = foldKey(printed).replace(/\s*\/\s*/g, "/");
  return SORTED.find(([k]) => k === key)?.[1] ?? printed.trim().replace(/\s+/g, " ");
}

/**
 * The known unit that ends `text` ("… thông qua cảng Triệu tấn" → "Triệu tấn"), with the text before
 * it. Words must match whole: "người" ending a label is no unit on its own.
 */
export function unitSuffix(text: string): { before: string; unit: string } | null {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const tail = words.slice(words.length - n).join(" ");
    const key = foldKey(tail).replace(/\s*\/\s*/g, "/");
    // "… bình quân đầu người" ends a label; alone, "người" is no unit cell.
    if (n === 1 && GENERIC.has(key)) continue;
    if (SORTED.some(([k]) => k === key))
      return { before: words.slice(0, words.length - n).join(" "), unit: tail };
  }
  return null;
}

/**
 * The known unit that opens `text` right after a value ("%/năm; …", " tỷ đồng, …", "USD/người"),
 * as printed with its leading space, or null. Whole words only: "tấn" is no prefix of "tấn công".
 */
export function unitPrefix(text: string): string | null {
  const m = /^\s*/.exec(text)!;
  const words = text.slice(m[0].length).split(/(?=\s)/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const printed = words.slice(0, n).join("");
    const unit = printed.replace(/[,;.:)]+$/, "");
    const key = foldKey(unit).replace(/\s*\/\s*/g, "/");
    if (key && SORTED.some(([k]) => k === key)) return m[0] + unit;
  }
  return null;
}
