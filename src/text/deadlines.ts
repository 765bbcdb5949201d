import { parseRoman } from "./roman.js";
import { foldKey } from "./fold.js";

/**
 * Deadlines as task tables print them: "Quý II/2025", "Quý 1/2022", "Tháng 6/2025", "2025-2030",
 * "Giai đoạn 2021 - 2025", "Năm 2025", "Hằng năm", "Định kỳ hàng năm (từ năm 2019)", "Trong quá trình
 * thực hiện Nghị quyết". Nothing is guessed: what the text does not say stays null.
 */
export interface Deadline {
  raw: string;
  year: number | null;
  quarter: number | null;
  month: number | null;
  from: number | null;
  to: number | null;
  recurring: boolean;
}

const YEAR = String.raw`((?:19|20)\d\d)`;

// Made once: every deadline cell of every table is read.
const QUARTER = new RegExp(String.raw`quy\s*([ivx]+|[1-4])\s*(?:\/|nam)\s*${YEAR}`);
const MONTH = new RegExp(String.raw`thang\s*(\d{1,2})\s*(?:\/|nam)\s*${YEAR}`);
const YEARS = new RegExp(String.raw`${YEAR}\s*(?:-|–|den)\s*(?:nam\s*)?${YEAR}`);
const BOUND = new RegExp(String.raw`(?:truoc|sau)\s+nam\s+${YEAR}`);
const ONE_YEAR = new RegExp(String.raw`(?<!\d)${YEAR}(?!\d)`);

export function parseDeadline(raw: string): Deadline | null {
  const text = raw.trim();
  if (!text) return null;
  const key = foldKey(text);
  const out: Deadline = {
    raw: text,
    year: null,
    quarter: null,
    month: null,
    from: null,
    to: null,
    recurring: false,
  };
  out.recurring = /\b(hang|hng) nam\b|\bdinh ky\b|\bthuong xuyen\b|\bhang quy\b|\bhang thang\b/.test(key);
  let m: RegExpExecArray | null;
  if ((m = QUARTER.exec(key))) {
    const q = /^\d$/.test(m[1]!) ? Number(m[1]) : parseRoman(m[1]!.toUpperCase());
    if (q !== null && q >= 1 && q <= 4) out.quarter = q;
    out.year = Number(m[2]);
  } else if ((m = MONTH.exec(key))) {
    const month = Number(m[1]);
    if (month >= 1 && month <= 12) out.month = month;
    out.year = Number(m[2]);
  } else if ((m = YEARS.exec(key))) {
    out.from = Number(m[1]);
    out.to = Number(m[2]);
  } else if ((m = BOUND.exec(key))) {
    // "Sau năm 2030", "trước năm 2030": a bound, not a year to meet.
    if (key.includes("sau")) out.from = Number(m[1]);
    else out.to = Number(m[1]);
  } else if ((m = ONE_YEAR.exec(key))) {
    out.year = Number(m[1]);
    if (out.recurring) [out.from, out.year] = [out.year, null];
  }
  return out;
}
