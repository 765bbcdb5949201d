import { isSyllable, syllableShare } from "./legacy-encoding.js";
import { syllableCounts } from "./syllable-counts.js";

/**
 * Text printed letter-spaced (a title set with character spacing): a PDF's text layer gives every
 * letter apart, "c ñ a T h ñ t − í n g C h Ý n h p h ñ s è 1 1 5 / 2 0 0 4", and the spaces that
 * stood between words are lost among those between letters. The words come back from the letters
 * themselves: a run is cut into Vietnamese syllables, the fewest that read whole.
 */

/** A year's four digits apart by single spaces: "1 9 9 8", "2 0 2 5". */
const SPACED_YEAR = /^(?:1 9|2 0) \d \d$/;

/** At least this many single characters, most of them letters, apart by spaces. */
const MIN_LETTERS = 4;

/**
 * Whether a text is letters apart by spaces ("Q U Y Ế T   Đ Ị N H", "Q U Y Ế T  Đ Ị N H:"), not words
 * or a row of numbers. A colon or stop may close the last letter.
 */
export function isLetterSpaced(text: string): boolean {
  // Asked of every item of a PDF: most are words, whose first space comes later than a letter's.
  const space = text.indexOf(" ");
  if (space < 0 || space > 2) return false;
  const t = text.trim();
  if (!/^\S(?: +\S)+[:.]?$/u.test(t)) return false;
  // A year set apart alone, where a title's date wrapped ("… ngày 22 tháng 12 năm" ⏎ "1 9 9 8"): no
  // row of numbers reads 19xx or 20xx.
  if (SPACED_YEAR.test(t)) return true;
  const letters = t.match(/\p{L}/gu)?.length ?? 0;
  const digits = t.match(/\d/gu)?.length ?? 0;
  const chars = t.replace(/ /g, "").length;
  // Digits count with the letters: a number line spaced out ("S ố : 1 6 9 / Q Đ - U B N D").
  return letters >= MIN_LETTERS && letters + digits >= chars * 0.6;
}

/**
 * The letter-spaced text with its letters joined and its words apart again: wide gaps (two spaces or
 * more) are word breaks as printed; within each piece, syllables are found.
 */
export function joinLetterSpaced(text: string): string {
  const joined = text
    .trim()
    .split(/ {2,}/)
    .map((piece) => splitSyllables(piece.replace(/ /g, "")))
    .join(" ");
  // Letters that make no words ("A B C D E", a form's column letters) stay apart, as printed.
  return readsAsWords(joined) || SPACED_YEAR.test(text.trim()) ? joined : text;
}

/** Roman numerals and abbreviations without a vowel ("KT.", "QĐ") are words of their own kind. */
const NOT_SYLLABLES = /^(?:[IVXLC]+|[B-DĐF-HJ-NP-TV-XZ]{1,4}\.?)$/u;

/** Whether most of the joined words are Vietnamese syllables. */
function readsAsWords(joined: string): boolean {
  const words = joined
    .replace(/[μµΜ∙−]/gu, (c) => AS_LETTER[c]!)
    .split(" ")
    .filter((w) => !NOT_SYLLABLES.test(w));
  return syllableShare(words.join(" ")).share >= MIN_SHARE;
}

/** The share of the joined words that must be syllables for the join to stand. */
const MIN_SHARE = 0.7;

/**
 * Symbols a TCVN3 conversion may leave for letters (symbol-letters.ts replaces them later): they are
 * letters when judging a syllable.
 */
const AS_LETTER: Record<string, string> = { μ: "à", µ: "à", Μ: "À", "∙": "ã", "−": "ư" };
const LETTER_RUN = /[\p{L}\p{M}μµΜ∙−]+/uy;
/** The longest Vietnamese syllable ("nghiêng") has seven letters. */
const MAX_SYLLABLE = 7;

/**
 * A run of letters cut into syllables: fewest pieces, whole syllables before anything else. A short
 * run in capitals that does not cut into syllables only is an abbreviation, kept whole ("UBND", not
 * "U BND"; "HĐND").
 */
function syllablesOf(run: string): string[] {
  const cut = syllableCut(run);
  const short = [...run].length <= MAX_ABBREVIATION && run === run.toLocaleUpperCase("vi");
  return short && cut.length > 1 && cut.some((p) => pieceCost(p) >= 2) ? [run] : cut;
}

/** Longer runs in capitals are words glued to a code ("TTGNGÀY"), cut as any run. */
const MAX_ABBREVIATION = 5;

function syllableCut(run: string): string[] {
  const chars = [...run];
  const n = chars.length;
  const best: { cost: number; from: number }[] = [{ cost: 0, from: -1 }];
  for (let i = 1; i <= n; i++) {
    best[i] = { cost: Infinity, from: -1 };
    for (let j = Math.max(0, i - MAX_SYLLABLE); j < i; j++) {
      const piece = chars.slice(j, i).join("");
      const cost = best[j]!.cost + pieceCost(piece);
      if (cost < best[i]!.cost) best[i] = { cost, from: j };
    }
  }
  const out: string[] = [];
  for (let i = n; i > 0; i = best[i]!.from) out.unshift(chars.slice(best[i]!.from, i).join(""));
  return out;
}

/**
 * A syllable costs about one, less the more often the samples write it, more when they never do
 * (the spaced "BỘ Y TẾ" is not "BỘY TẾ", "CÔNG AN" not "CÔN GAN"); a Roman numeral in capitals reads
 * too ("CHƯƠNG II"); letters that read as no syllable (a code, "QĐ", "TTg") cost more, and more the
 * longer they are, so a code glued to a word ("TTGNGÀY") parts from it.
 */
function pieceCost(piece: string): number {
  if (/^[IVXLC]{1,4}$/u.test(piece)) return ROMAN;
  const judged = piece.replace(/[μµΜ∙−]/gu, (c) => AS_LETTER[c]!).toLowerCase();
  const valid = !/\p{Ll}\p{Lu}/u.test(piece.replace(/[μµΜ∙−]/gu, "")) && isSyllable(judged);
  if (!valid) return 2 + [...piece].length;
  const seen = syllableCounts().get(judged) ?? 0;
  return 1 - 0.01 * [...piece].length + (seen ? -0.1 * Math.log10(1 + seen) : UNSEEN);
}

/** What a syllable the samples never write costs more, and what a Roman numeral costs. */
const UNSEEN = 0.8;
const ROMAN = 1.1;

/** After these a word starts apart ("ĐỔI, BỔ"); after "/", "-", "." and "(" it is glued ("2004/QĐ-TTG"). */
const SPACE_AFTER = /[,;:)”!?]/u;

/** One piece of joined letters, digits and punctuation, its words apart. */
export function splitSyllables(joined: string): string {
  let out = "";
  let prev: "letter" | "digit" | "other" | null = null;
  let prevChar = "";
  let beforeDot: "letter" | "digit" | "other" | null = null;
  for (let i = 0; i < joined.length;) {
    LETTER_RUN.lastIndex = i;
    const run = LETTER_RUN.exec(joined)?.[0];
    const kind = run ? "letter" : /\d/.test(joined[i]!) ? "digit" : "other";
    const token = run
      ? syllablesOf(run).join(" ")
      : kind === "digit"
        ? /^\d+/.exec(joined.slice(i))![0]
        : joined[i]!;
    const apart =
      prev !== null &&
      ((prev !== kind && prev !== "other" && kind !== "other") ||
        (prev === "other" && kind !== "other" && SPACE_AFTER.test(prevChar)) ||
        // An abbreviation's dot before a word: "KT. CHỦ TỊCH".
        (prevChar === "." && kind === "letter" && beforeDot === "letter") ||
        (kind === "other" && token === "("));
    out += (apart ? " " : "") + token;
    beforeDot = token === "." ? prev : beforeDot;
    prev = kind;
    prevChar = token.at(-1)!;
    i += run ? run.length : token.length;
  }
  return out;
}
