import type { Reporter } from "../../model/reporter.js";
import type { SourceText } from "./reader.js";
import { rewriteSourceTexts, sourceTexts } from "./source-texts.js";

/**
 * Vietnamese typed in TCVN3 (.VnTime) fonts and turned into a PDF by a tool that mapped most of its
 * codes to Unicode but a few to the Latin-1 or symbol characters of the same code: 0xB5 "à" became the
 * micro sign (read as Greek "μ"), 0xAD "ư" the minus sign, 0xB7 "ã" the bullet operator: "Hμ Nội,
 * ngμy", "n−ớc", "l∙nh". Inside a Latin word none of them is ever meant (a unit "μm" opens its word,
 * a minus stands before a digit or a space), so there they are read as the letters.
 */
const SYMBOL_LETTER =
  /(?<=\p{Script=Latin}\p{M}*)[μµΜ∙]|(?<=\p{Script=Latin}\p{M}*)−|−(?=\p{Script=Latin})/gu;
const LETTER: Record<string, string> = { μ: "à", µ: "à", Μ: "À", "∙": "ã", "−": "ư" };
/**
 * "μ" inside words is the tell: "và", "hành", "ngày" carry "à" on every line, so such a document
 * shows it dozens of times. Fewer than this many, and nothing is changed, not even "−" and "∙",
 * which alone could be a range typed with a minus sign ("A−B").
 */
const MIN_SEEN = 3;
const MU_IN_WORD = /(?<=\p{Script=Latin}\p{M}*)[μµΜ]/gu;

/** The symbols inside words as the letters they stand for. */
export function fixSymbols(s: string): string {
  return s.replace(SYMBOL_LETTER, (c, at: number) => {
    const letter = LETTER[c]!;
    if (c !== "−" && c !== "∙") return letter;
    // The minus and the bullet have no case: in a word of capitals ("N−ỚC", "L∙NH") the letter is one.
    const word = /[\p{L}\p{M}−∙]*$/u.exec(s.slice(0, at))![0] + /^[\p{L}\p{M}−∙]*/u.exec(s.slice(at + 1))![0];
    const others = word.replace(/[−∙\p{M}]/gu, "");
    if (others.length >= 2 && !/\p{Ll}/u.test(others)) return letter.toUpperCase();
    // A word too short to tell ("T−" of "THÔNG T−") takes the case of a line in capitals.
    const line = s.replace(/[−∙\P{L}]/gu, "");
    return others.length === 1 && line.length >= 4 && !/\p{Ll}/u.test(line) ? letter.toUpperCase() : letter;
  });
}

export const countSymbols = (s: string) => (s.match(SYMBOL_LETTER) ?? []).length;

/**
 * Replaces the symbols inside words, in lines, cells and the reader's tables, when there are enough
 * of them, or when the text was just read as TCVN3 (its "µ" already turned into "à").
 */
export function fixSymbolLetters(source: SourceText, report: Reporter, tcvn3 = false): void {
  const texts = sourceTexts(source);
  // Most documents hold none of the five characters: one look, and nothing more.
  if (!texts.some((t) => /[μµΜ∙−]/u.test(t))) return;
  const mu = texts.reduce((n, t) => n + (t.match(MU_IN_WORD) ?? []).length, 0);
  if (mu < MIN_SEEN && !tcvn3) return;
  const seen = texts.reduce((n, t) => n + countSymbols(t), 0);
  const first = source.lines.find(
    (l) => countSymbols(l.text) > 0 || (l.cells ?? []).some((c) => countSymbols(c) > 0),
  );
  rewriteSourceTexts(source, fixSymbols);
  reportSymbols(report, seen, first?.n ?? 1);
}

export function reportSymbols(report: Reporter, seen: number, line: number): void {
  report.info(
    "legacy-symbol-letters",
    `${seen} letter(s) a TCVN3 font's conversion left as symbols (μ, −, ∙) read as à, ư, ã`,
    { line },
  );
}
