/**
 * Dates as Vietnamese documents print them: "ngày 10 tháng 01 năm 2025", "ngày 20/01/2025",
 * "20-01-2025". Decree 30/2020 zero-pads days below 10 and months 1–2, but real text does not always.
 */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

// Typists drop the space before a number ("tháng5 năm 2008"); a form filled in by hand keeps its
// dots around the day ("ngày …25..tháng 01 năm 2006").
const WORDS = /ngày[\s.…_]*(\d{1,2})[\s.…_]*tháng[\s.…_]*(\d{1,2})[\s.…_]*năm[\s.…_]*(\d{4})/giu;
const NUMERIC = /(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/gu;

export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const re of [WORDS, NUMERIC]) {
    for (const m of text.matchAll(re)) {
      const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (iso && !out.some((d) => m.index < d.index + d.length && d.index < m.index + m[0].length)) {
        out.push({ iso, index: m.index, length: m[0].length });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The date a phrase opens with ("ngày 22 tháng 12 năm 1998 …", ", ngày 10/10/2003 …"): its ISO form
 * and where it ends in the phrase; null when the phrase opens with anything else.
 */
export function leadingDate(text: string): { iso: string; end: number } | null {
  const from = /^\s*,?\s*/u.exec(text)![0].length;
  const rest = text.slice(from);
  if (!/^ngày/iu.test(rest)) return null;
  const found = findDates(rest)[0];
  // The words form matches from "ngày"; the digits form from the day after it.
  if (!found || !/^(?:ngày[\s.…_]*)?$/iu.test(rest.slice(0, found.index))) return null;
  return { iso: found.iso, end: from + found.index + found.length };
}

/** The first date in a phrase, or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/** "Hà Nội, ngày 10 tháng 01 năm 2025": the place-and-date line under the document number. */
/** What stands after "ngày" when the line ends before the year: "", "14", "tháng 12", "tháng năm". */
function dateCut(rest: string): boolean {
  return /^[\d\s./…_-]*(?:tháng[\d\s./…_-]*(?:năm)?)?$/u.test(rest);
}

/** A place and date line cut before its year, its rest wrapped to the next line: "Bình Thuận, ngày tháng 12". */
export function isCutPlaceDate(line: string): boolean {
  const m = /[,.]\s*ngày\b\s*(.*)$/u.exec(line.trim());
  return m !== null && dateCut(m[1]!.replace(/\s*\.$/, "")) && parsePlaceDate(line) !== null;
}

export function parsePlaceDate(line: string): { place: string; issuedOn: string | null } | null {
  // The whole line is "Place, ngày …": a place opens with a capital ("TP. Hồ Chí Minh", "Thành phố Hồ
  // Chí Minh"). A draft leaves day and month blank ("Lào Cai, ngày    tháng    năm 2026"), and a
  // wrapped line may cut the date ("ngày 27 / tháng 11 năm 2025"): the place stands, the date only
  // when it is whole. A scan's comma may come out of the OCR as a stop ("Hà Nội. ngày 09 tháng 11").
  const m = /^(\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){0,5}?)\s*[,.]\s*ngày\b\s*(.*)$/u.exec(line.trim());
  if (!m) return null;
  const rest = m[2]!.replace(/\s*\.$/, "");
  // A scan's handwritten day or month may come out of the OCR as marks ("ngày.#† tháng 7", "ngày °Ê}
  // tháng 4", "ngày 4 () tháng 6", "ngày‹2Õtháng đề năm"): a short token or two where the day stands, one
  // where the month does. The line is still
  // the place and date line; the date, not whole, is not given.
  const words =
    /^(?:[\d\s./…_-]*|(?:\s*\S{1,5}){1,2}\s*)tháng(?:[\d\s./…_-]*|\s*\S{1,4}\s+)năm\s*\d{4}$/u.test(rest) ||
    // A date a narrow column cut before its year: "ngày   tháng   năm", "ngày 14 tháng 12" (the rest
    // on the next line, which the header joins back: `dateCut`).
    dateCut(rest);
  const digits = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$/u.test(rest);
  if (!words && !digits) return null;
  const whole = rest.replace(/\s*\/\s*(?=tháng)/u, " ");
  return { place: m[1]!.trim(), issuedOn: parseDate(`ngày ${whole}`) };
}
