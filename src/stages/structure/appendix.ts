import { parseRoman } from "../../text/roman.js";

/**
 * "Phụ lục I", "PHỤ LỤC", "Phụ lục số 2", "PHỤ LỤC 1: Kết quả thực hiện …". A sentence that merely
 * starts with the word ("Phụ lục được ban hành …") is not a heading.
 */
const HEADING =
  /^(PHỤ LỤC|Phụ lục|Phụ Lục)(?:\s+(?:số\s+)?([IVXLC]+|\d{1,2}|[A-Z])\b)?\s*(?:[:.\-–]\s*(.*))?$/u;

export interface AppendixHeading {
  label: string;
  key: string | null;
  title: string | null;
}

export function appendixHeading(text: string): AppendixHeading | null {
  const m = HEADING.exec(text.trim());
  if (!m) return null;
  const key = m[2] ?? null;
  if (key && /^[IVXLC]+$/.test(key) && parseRoman(key) === null) return null;
  const label = key ? `${m[1]} ${key}` : m[1]!;
  return { label, key, title: m[3]?.trim() || null };
}
