import { foldKey } from "../../text/fold.js";
import { CAPACITY_KEY } from "../../text/formulas.js";
import type { SourceText } from "./reader.js";

/**
 * Text typed in TCVN3's capital fonts (.VnTimeH) holds the codes of small letters; once the fonts
 * are lost (a PDF turned into text, a file copied out), the issuer, the quốc hiệu and the signer's
 * capacity read in small letters: "ngân hàng nhà nước      cộng hoà xã hội chủ nghĩa việt nam",
 * "kt. Thống đốc". The quốc hiệu in small letters is the tell; when it is there, the header's cells
 * in small letters and the capacities that open in a small letter are printed capitals again.
 */
const NATIONAL_TITLE = /cong hoa xa hoi chu nghia viet nam/;
/** Columns laid side by side in text stand apart by a run of spaces. */
const CELL_GAP = /(\s{3,}|\t+)/;
/** The header ends at its number or its place and date (folded). */
const HEADER_END = /^(?:so\s*[:.]|.{2,40}, ngay\b)/;
/** A capacity is a few words: "kt. Thống đốc", "phó Thống đốc", "tm. ủy ban nhân dân". */
const CAPACITY_WORDS = 8;

const hasLetters = (s: string) => /\p{L}/u.test(s);
/**
 * Small letters but the first, which the typist shifted ("Cộng hòa xã hội chủ nghĩa việt nam",
 * "Tỉnh an giang"): printed in capitals all the same. Written so, "việt nam" would have its own.
 */
const smallButFirst = (s: string) => hasLetters(s) && !/\p{Lu}/u.test(s.trim().slice(1));

function capacityInSmall(cell: string): boolean {
  const t = cell.trim();
  return /^\p{Ll}/u.test(t) && t.split(/\s+/).length <= CAPACITY_WORDS && CAPACITY_KEY.test(foldKey(t));
}

function mapCells(line: string, keep: (cell: string) => boolean): string {
  return line
    .split(CELL_GAP)
    .map((part, i) => (i % 2 === 0 && keep(part) ? part.toLocaleUpperCase("vi") : part))
    .join("");
}

/** The lines with the capitals their fonts printed, when the quốc hiệu shows they were lost. */
export function restoreLostCapitals(lines: readonly string[]): string[] {
  const lost = lines.some((l) =>
    l.split(CELL_GAP).some((cell) => smallButFirst(cell) && NATIONAL_TITLE.test(foldKey(cell))),
  );
  if (!lost) return [...lines];
  let header = true;
  return lines.map((line) => {
    if (header && HEADER_END.test(foldKey(line.trim()))) header = false;
    if (header) return mapCells(line, smallButFirst);
    return mapCells(line, capacityInSmall);
  });
}

/**
 * The same for a PDF drawn in TCVN3 fonts that were replaced (LibreOffice without .VnTime): its
 * lines are read one column at a time, in order, the header's first.
 */
export function restoreSourceCapitals(source: SourceText): void {
  const fixed = restoreLostCapitals(source.lines.map((l) => l.text));
  source.lines.forEach((l, i) => (l.text = fixed[i]!));
}
