import { foldKey } from "./fold.js";

/**
 * The period a target applies to, as a reader takes it from the words around the value:
 * "giai đoạn 2026 - 2030", "từ năm 2026 đến năm 2030", "đến năm 2030", "năm 2030", "vào năm 2030",
 * "hằng năm", "bình quân … /năm", a column "Kế hoạch năm 2025", a group row "Đến năm 2030".
 * Folded matching; the printed words are kept in `raw`.
 */
export interface PeriodReading {
  raw: string;
  from: number | null;
  to: number | null;
  average: boolean;
  recurring: boolean;
}

const Y = String.raw`((?:19|20)\d\d)`;
const SPAN = new RegExp(
  String.raw`(?:giai doan|thoi ky|nhiem ky|tu nam|tu)?\s*(?:nam\s+)?${Y}\s*(?:-|–|den|den nam)\s*(?:nam\s+)?${Y}`,
);
const UNTIL = new RegExp(String.raw`(?:den|toi|vao|truoc)\s+(?:het\s+)?(?:nam\s+)?${Y}`);
const YEAR = new RegExp(String.raw`\bnam\s+${Y}`);
const BARE_YEAR = new RegExp(String.raw`(?:^|\s)${Y}(?:\s|$)`);

export function parsePeriod(text: string): PeriodReading | null {
  const key = foldKey(text);
  const recurring = /\b(hang|moi|hng) nam\b/.test(key);
  const average =
    /\bbinh quan\b/.test(key) && /\/\s*nam|moi nam|hang nam|giai doan|\d{4}\s*-\s*\d{4}/.test(key);
  let m: RegExpExecArray | null;
  let from: number | null = null;
  let to: number | null = null;
  let match = "";
  if ((m = SPAN.exec(key)) && Number(m[2]) > Number(m[1])) {
    from = Number(m[1]);
    to = Number(m[2]);
    match = m[0];
  } else if ((m = UNTIL.exec(key))) {
    to = Number(m[1]);
    match = m[0];
  } else if ((m = YEAR.exec(key)) || (m = BARE_YEAR.exec(key))) {
    from = Number(m[1]);
    to = from;
    match = m[0];
  }
  if (from === null && to === null && !recurring) return null;
  return { raw: printed(text, match.trim()) || text.trim(), from, to, average, recurring };
}

/** The printed words behind a folded match (same length once folded: Vietnamese folds letter by letter). */
function printed(text: string, folded: string): string {
  if (!folded) return "";
  const normal = text.replace(/\s+/g, " ");
  const at = foldKey(normal).indexOf(folded);
  return at < 0 ? folded : normal.slice(at, at + folded.length).trim();
}

/** A value per year ("%/năm") or "bình quân" over a span of years is a yearly average over it. */
export function averagedOver<P extends PeriodReading>(period: P | null, perYear: boolean): P | null {
  if (!period) return null;
  const span = period.from !== null && period.to !== null && period.from !== period.to;
  return { ...period, average: period.average || (perYear && span) };
}
