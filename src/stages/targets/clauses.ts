import type { Comparator } from "../../text/comparators.js";
import { foldKey } from "../../text/fold.js";
import { indicatorKey } from "../../text/indicator-key.js";
import { parseVietnameseNumber } from "../../text/numbers.js";
import { unitPrefix } from "../../text/units.js";

/** One target read from a clause of running text, before context (period, parent) is applied. */
export interface ClauseTarget {
  indicator: string;
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  stretch: number | null;
  unitRaw: string | null;
  /** The clause, as printed: where the period and basis are looked for. */
  clause: string;
  raw: string;
  /** The clause followed "trong đó": the target details the item's first one. */
  detail: boolean;
}

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/** A value: a number or a range ("44% - 45%", "180.000 đến 190.000", "15,5 - 16,5%/năm"). */
const VALUE = new RegExp(
  String.raw`(?<![\d.,/\p{L}-])(${NUM})(?:(\s*%?\s*(?:-|–|đến)\s*)(${NUM}))?(?![\d/]|,\d|-\p{L})`,
  "gu",
);
/** Words before a value that set its comparator, nearest first (folded). */
const BEFORE: [RegExp, Comparator][] = [
  [/(toi thieu|it nhat|thap nhat|khong duoi|khong it hon)( la| dat)?\s*$/, "gte"],
  [/(toi da|khong qua|khong vuot qua|cao nhat)( la)?\s*$/, "lte"],
  [/(tren|lon hon|hon|vuot)\s*$/, "gt"],
  [/(duoi|nho hon|it hon)\s*$/, "lt"],
  [/(khoang|gan|xap xi|chung)\s*$/, "approx"],
  [/\btop\s*$/, "lte"],
  [/[≥]\s*$/, "gte"],
  [/[>]\s*$/, "gt"],
  [/[≤]\s*$/, "lte"],
  [/[<]\s*$/, "lt"],
];
/** Verbs and links between an indicator and its value: not part of the indicator's name. */
/** Verbs and links between an indicator and its value (lower case, diacritics kept: "từ" is not "tử"). */
const LINK_WORDS = [
  "phấn đấu",
  "đạt tỷ lệ",
  "đạt mức",
  "đạt",
  "là",
  "tăng",
  "giảm",
  "còn",
  "chiếm",
  "ở mức",
  "bằng",
  "tương đương",
  "bình quân",
  "tối thiểu",
  "ít nhất",
  "thấp nhất",
  "trên",
  "dưới",
  "khoảng",
  "gần",
  "xấp xỉ",
  "từ",
  "vào",
  "không quá",
  "tối đa",
  "lớn hơn",
  "trong top",
  "top",
  "có",
  "hoàn thành",
  "được",
  "mỗi",
  "hằng",
  "hàng",
];
const LINK = new RegExp(String.raw`(?:(?:^|[\s,:])+(?:${LINK_WORDS.join("|")}))+[\s,:]*$`, "u");
const LEAD = new RegExp(
  String.raw`^(?:[\s\-–+•,;:.]|(?:trong đó|phấn đấu|một số chỉ tiêu cụ thể|cụ thể|và|đồng thời|riêng)(?=[\s:,]|$))+`,
  "u",
);
const YEAR = /^(19|20)\d\d$/;

/** Splits a text into clauses at ";" and sentence ends; keeps "trong đó" as a marker. */
export function clausesOf(text: string): { text: string; detail: boolean }[] {
  const out: { text: string; detail: boolean }[] = [];
  // "Trong đó" details the sentence it is in: a full stop ends its reach.
  for (const sentence of text.split(/(?<=[.!?…])\s+(?=\p{Lu})/u)) out.push(...clausesOfSentence(sentence));
  return out;
}

/** A clause after "trong đó" that names a measure of its own ("tốc độ tăng trưởng …") is no detail. */
const OWN_MEASURE = /^(tốc độ|tỷ trọng|tỷ lệ|grdp|gdp|chỉ số|tổng|kim ngạch)(?=\s|$)/iu;

function clausesOfSentence(sentence: string): { text: string; detail: boolean }[] {
  const parts = sentence
    .split(/;\s*/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: { text: string; detail: boolean }[] = [];
  let detail = false;
  const push = (text: string, isDetail: boolean) =>
    out.push({ text, detail: isDetail && !OWN_MEASURE.test(text.replace(/^[\s:,-]+/, "")) });
  for (const part of parts) {
    // "…; trong đó: A tăng x; B tăng y": every clause after the marker details the first target.
    if (/^trong đó(?=[\s:,]|$)/iu.test(part) || /,\s*trong đó(?=[\s:,]|$)/iu.test(part)) {
      const [head, ...rest] = part.split(/,?\s*trong đó:?\s*/iu);
      if (head && head.trim()) push(head.trim(), detail);
      detail = true;
      if (rest.join(" ").trim()) push(rest.join(" ").trim(), detail);
      continue;
    }
    push(part, detail);
  }
  return out;
}

/** Every target in a clause: values with their comparator, unit and stretch; the indicator before (or after) each. */
export function targetsInClause(clause: string, detail: boolean): ClauseTarget[] {
  const masked = maskNonValues(clause);
  const found: {
    start: number;
    end: number;
    value: number | null;
    valueMax: number | null;
    unitRaw: string | null;
    comparator: Comparator;
    stretch: number | null;
  }[] = [];
  for (const m of masked.matchAll(VALUE)) {
    const start = m.index;
    let end = start + m[0].length;
    // Years and year spans ("2026 - 2030") are periods, never values.
    if (YEAR.test(m[1]!) && (!m[3] || YEAR.test(m[3]))) continue;
    // A stretch value ("…, phấn đấu đạt 14%/năm") belongs to the value before it.
    const lead = foldKey(clause.slice(Math.max(0, start - 24), start));
    const prev = found[found.length - 1];
    const unit = unitPrefix(clause.slice(end));
    if (unit) end += unit.length;
    const value = parseVietnameseNumber(m[1]!);
    const valueMax = m[3] ? parseVietnameseNumber(m[3]) : null;
    const between = clause.slice(prev?.end ?? 0, start);
    if (prev && /phan dau\b[^,;]{0,14}$/.test(lead) && between.includes(",") && !/[;.]/.test(between)) {
      prev.stretch = value;
      prev.end = end;
      // "51.000, phấn đấu 55.000 triệu USD": the unit printed once serves both.
      prev.unitRaw ??= unit ? unit.trim() : null;
      continue;
    }
    let comparator: Comparator = valueMax !== null ? "range" : "eq";
    if (valueMax === null)
      for (const [re, c] of BEFORE)
        if (re.test(lead)) {
          comparator = c;
          break;
        }
    const after = foldKey(clause.slice(end, end + 16));
    // "có từ 01 nhà máy … trở lên": the comparator closes the value's segment.
    const segment = foldKey(clause.slice(end).split(/[,;]/)[0] ?? "").replace(/[.\s]+$/, "");
    if (valueMax === null && /^\s*tro len\b/.test(after)) comparator = "gte";
    if (valueMax === null && /^\s*tro xuong\b/.test(after)) comparator = "lte";
    if (valueMax === null && /\btu\s*$/.test(lead) && /\btro len$/.test(segment)) comparator = "gte";
    found.push({
      start,
      end,
      value,
      valueMax,
      unitRaw: unit ? unit.trim() : null,
      comparator,
      stretch: null,
    });
  }
  const indicators: string[] = [];
  return found
    .map((f, k) => {
      const from = k === 0 ? 0 : found[k - 1]!.end;
      const gap = clause.slice(from, f.start);
      const to = k + 1 < found.length ? found[k + 1]!.start : clause.length;
      // Words after the last comma name this value; those before it trail the previous one.
      const tail = k > 0 ? cleanIndicator(gap.slice(gap.lastIndexOf(",") + 1)) : "";
      const before = tail && indicatorKey(tail) ? tail : cleanIndicator(gap);
      const countNoun = f.unitRaw !== null && /^[\p{L} ]+$/u.test(f.unitRaw) ? `${f.unitRaw} ` : "";
      const after = cleanIndicator(countNoun + (clause.slice(f.end, to).split(/,\s/)[0] ?? ""));
      // "80% số xã đạt chuẩn …", "Thành lập 220 tổ chức đảng …": the name follows the value.
      const beforeKey = indicatorKey(before);
      let indicator = !beforeKey
        ? after
        : beforeKey.split(" ").length < 3 && after
          ? `${before} ${after}`
          : before;
      // "43% GRDP, tương đương 2,4 triệu tỷ đồng": the same indicator in another unit.
      if (k > 0 && /tương đương/u.test(gap)) indicator = indicators[k - 1]!;
      indicators.push(indicator);
      const raw = clause
        .slice(from === 0 ? 0 : from, f.end)
        .replace(/^[\s,;:]+/, "")
        .trim();
      return {
        indicator: indicator.trim(),
        comparator: f.comparator,
        value: f.value,
        valueMax: f.valueMax,
        stretch: f.stretch,
        unitRaw: f.unitRaw,
        clause,
        raw,
        detail,
      };
    })
    .filter((t) => t.indicator !== "" && indicatorKey(t.indicator) !== "");
}

/** Numbers that are never values: in parentheses, dates, document numbers ("số 21-NQ/TW"), fractions. */
function maskNonValues(clause: string): string {
  const blank = (s: string) => " ".repeat(s.length);
  return clause
    .replace(/\([^)]*\)/g, blank)
    .replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, blank)
    .replace(/\bsố\s+\S+/giu, blank)
    .replace(/\d[\d.,]*\/\d[\d.,]*/g, blank)
    .replace(/\b\d+[-–]\p{Lu}[\p{L}/-]*/gu, blank);
}

/** The indicator's printed words: lead-ins ("trong đó:", "Phấn đấu") and link verbs ("đạt", "là") cut off. */
function cleanIndicator(text: string): string {
  // Lower-casing keeps one character per character: indexes carry over to the printed text.
  let s = text
    .replace(/\([^)]*\)\s*$/, "")
    .replace(/\s+/g, " ")
    .replace(/[\s<>≤≥~]+$/u, "")
    .trim();
  for (let i = 0; i < 3; i++) {
    const folded = s.toLowerCase();
    const link = LINK.exec(folded);
    if (link && link.index > 0) s = s.slice(0, link.index).trim();
    else if (link && link.index === 0) s = "";
    const lead = LEAD.exec(s.toLowerCase());
    if (lead) s = s.slice(lead[0].length).trim();
  }
  return s.replace(/[,:;.\s]+$/, "").trim();
}
