import { foldKey } from "./fold.js";

/**
 * A key for one indicator across documents. Printed names differ in small ways — "GRDP bình quân
 * đầu người", "GRDP bình quân/người", "GRDP/người"; "Tốc độ tăng trưởng GRDP (giá so sánh 2010)" and
 * "Tăng trưởng GRDP giai đoạn 2026 - 2030" — so the key folds diacritics and case, expands the
 * per-head forms, and drops periods, price bases, verbs of attainment and filler words.
 */
const REWRITES: [RegExp, string][] = [
  [/\([^)]*\)/g, " "],
  // "Tổng thu ngân sách …, trong đó:" / "GRDP, bao gồm:": what follows lists the parts.
  [/\b(trong do|bao gom)\b.*$/, " "],
  [/\bbinh quan\s*(dau nguoi|\/\s*nguoi|tren nguoi|nguoi)\b/g, " dau nguoi "],
  [/\s*\/\s*nguoi\b/g, " dau nguoi "],
  [/\b(trong )?(giai doan|thoi ky)\s*\d{4}\s*[-–]\s*\d{4}/g, " "],
  [/\b(tu|den|vao|trong|nam|het)\s+(nam\s+)?\d{4}\b/g, " "],
  [/\b\d{4}\s*[-–]\s*\d{4}\b/g, " "],
  [/\b(19|20)\d\d\b/g, " "],
  [/\bgia (hien hanh|so sanh)\b/g, " "],
  [/[^a-z0-9%/ ]/g, " "],
];
/** Phrases that never tell two indicators apart (folded); removed whole, so "đô thị" keeps its "do". */
const FILLER_PHRASES = [
  "toc do",
  "tren dia ban",
  "thanh pho",
  "binh quan",
  "phan dau",
  "toi thieu",
  "it nhat",
  "tro len",
  "mot so",
  "chi tieu",
  "cu the",
  "giai doan",
  "thoi ky",
  "nhiem ky",
  "khoang",
];
const FILLER_WORDS = new Set([
  "dat",
  "la",
  "cua",
  "theo",
  "cac",
  "nhung",
  "va",
  "co",
  "duoc",
  "nam",
  "hang",
  "moi",
  "den",
  "vao",
]);
const FILLER_RE = new RegExp(String.raw`(?<=\s)(${FILLER_PHRASES.join("|")})(?=\s)`, "g");

export function indicatorKey(indicator: string): string {
  let s = ` ${foldKey(indicator)} `;
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  // "đầu người" survives filler removal as one token: it is what tells GRDP per head from GRDP.
  s = s.replace(/\bdau nguoi\b/g, "dau_nguoi");
  s = s.replace(FILLER_RE, " ").replace(FILLER_RE, " ");
  const words = s.split(/\s+/).filter((w) => w && !FILLER_WORDS.has(w));
  return words
    .join(" ")
    .replace(/dau_nguoi/g, "dau nguoi")
    .trim();
}
