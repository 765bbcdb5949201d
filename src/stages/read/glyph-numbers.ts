import type { Reporter } from "../../model/reporter.js";
import { lexicon } from "./ocr/lexicon.js";
import type { SourceText } from "./reader.js";
import { rewriteSourceTexts, sourceTexts } from "./source-texts.js";

/**
 * Text copied out of a PDF whose fonts map no Unicode (a signing tool's re-encoded file): each
 * character is the number of its glyph in the font, as `pdftotext` or a copy and paste gives it.
 * "&Ӝ1* HÒA XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM" is "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": some glyphs of a line
 * kept their letter, the others are numbers.
 *
 * A TrueType font numbers ASCII in the standard order, 29 below its code ("C" 0x43 → "&" 0x26), then
 * the Macintosh set's accented letters. Past them the order is the font's own: its run of letters
 * (ạ … ỹ) keeps its Unicode order from a place of the font's, so each block the numbers fall in
 * (Cyrillic "Ӝ", combining marks "͓") has one offset back to the letters, and a few letters stand
 * alone ("ÿ" for "đ", "Ѭ" for "Ư"). All of it is learnt from the document: the offset of a block,
 * and the letter of a character alone, are those under which most of its words are syllables of
 * the dictionary. Then each word is read (readWord). A text is read so only when a quarter of its
 * words or more hold such characters: no Vietnamese word does.
 */

const VIETNAMESE_LOWER =
  "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
const LETTERS = new Set(`${VIETNAMESE_LOWER}${VIETNAMESE_LOWER.toUpperCase()}fjwzFJWZ`);
/** The letters a block's offset leads to: Latin Extended Additional's Vietnamese run, ạ … ỹ. */
const RUN_FIRST = 0x1ea0;
const RUN_LAST = 0x1ef9;
/** Vietnamese letters outside that run, the letters a character alone may stand for. */
const ALONE = [..."àáâãèéêìíòóôõùúýăđĩũơư"];

/**
 * Characters no Vietnamese word holds but glyph numbers of its fonts fall on: Latin letters of other
 * languages, modifiers, combining marks, Greek and Cyrillic.
 */
const GLYPH_NUMBER = new RegExp(`[${otherLatinLetters()}\u0250-\u052f]`, "u");

/** The Latin letters (Latin-1, Extended A and B, Extended Additional) no Vietnamese word holds. */
function otherLatinLetters(): string {
  let out = "";
  for (const [from, to] of [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ] as const)
    for (let code = from; code <= to; code++) {
      const c = String.fromCharCode(code);
      // The multiplication and division signs stand among the letters.
      if (!LETTERS.has(c) && c !== "×" && c !== "÷") out += c;
    }
  return out;
}
const isNumberChar = (c: string) => GLYPH_NUMBER.test(c);
/** Modifiers, combining marks, Greek and Cyrillic: where the runs of letters of the fonts seen fall. */
const BEYOND_LATIN = /[\u0250-\u052f]/;
/**
 * The letter an ASCII character stands for when it is a glyph number: the standard order puts
 * ASCII 29 codes on ("&" → "C", "1" → "N"), then the accented Latin letters of the Macintosh set
 * ("j" → "à", "t" → "í", "~" → "ú", as "ĐRjQ" is "Đoàn"). Null when it stands for no letter.
 */
function asciiLetter(c: string): string | null {
  return standardLetter(c) ?? MAC_LETTERS.get(c) ?? null;
}

/** The standard order's ASCII part alone: 29 codes on. */
function standardLetter(c: string): string | null {
  const code = c.charCodeAt(0);
  return code >= 0x03 && code <= 0x5d && c !== " " ? String.fromCharCode(code + 29) : null;
}

/** Glyphs 105–127 of the standard order, by the ASCII character their number is: the Vietnamese ones. */
const MAC_LETTERS = new Map([..."ijkmpqrtuyz{}~\x7f"].map((c, i) => [c, [..."áàâãéèêíìóòôõúù"][i]!]));

/** The share of words holding a glyph number from which a text is read back (Vietnamese: none). */
const GARBLED_SHARE = 0.25;
const MIN_WORDS = 20;
/** Words a block's offset or a character's letter needs to make syllables before it is taken. */
const MIN_EVIDENCE = 2;
/**
 * How many times the words of the next best offset a block's offset makes syllables of. The next
 * best is mostly its neighbour, whose letters are the same but for their case: a word of one case
 * only tells them apart (on the signed decisions of Lào Cai, 1.9 to 1.95 times).
 */
const OFFSET_MARGIN = 1.5;

const PUNCTUATION = /^[("“'[]*(.*?)[)"”'.,;:!?\]]*$/u;
/** A word without the punctuation around it. */
const coreOf = (word: string) => PUNCTUATION.exec(word)![1]!;

/** What the readings are judged by: the dictionary's syllables and how often the samples hold each. */
interface Known {
  syllables: ReadonlySet<string>;
  counts: ReadonlyMap<string, number>;
}

type Letters = Map<string, string>;

/**
 * The blocks a font's run of letters falls in whole: combining marks and Greek, Cyrillic. Elsewhere
 * (Latin letters, modifiers) a character stands alone.
 */
const BLOCKS: [number, number][] = [
  [0x0300, 0x03ff],
  [0x0400, 0x052f],
];
const blockOf = (c: string) => BLOCKS.findIndex(([a, b]) => c.charCodeAt(0) >= a && c.charCodeAt(0) <= b);

export function readGlyphNumbers(source: SourceText, report: Reporter): void {
  // A font's run of letters falls past Latin (the Latin letters alone are too few to tell): a text
  // with no character there (nearly every one) is passed after a look for one range.
  const beyond = (t: string) => BEYOND_LATIN.test(t);
  const cells = () => (source.tables ?? []).flatMap((t) => t.rows.flatMap((r) => r.cells));
  if (
    !source.lines.some((l) => beyond(l.text) || l.cells?.some(beyond)) &&
    !cells().some((c) => beyond(c.text))
  )
    return;
  const texts = sourceTexts(source);
  const words = texts.flatMap((t) => t.split(/\s+/)).filter((w) => /\p{L}/u.test(w));
  const garbled = words.filter((w) => [...w].some(isNumberChar));
  if (words.length < MIN_WORDS || garbled.length < GARBLED_SHARE * words.length) return;
  const { syllables, counts } = lexicon();
  const known: Known = { syllables, counts };
  const letters = learnLetters(garbled, known);
  if (!letters.size) return;
  let count = 0;
  const before = source.lines.map((l) => l.text);
  rewriteSourceTexts(source, (text) =>
    text.replace(/\S+/gu, (word) => {
      const read = readWord(word, letters, known);
      if (read !== word) count++;
      return read;
    }),
  );
  if (!count) return;
  const first = source.lines.find((l, i) => l.text !== before[i]);
  report.warn(
    "glyph-numbers",
    `${count} word(s) printed as their font's glyph numbers (text copied from a PDF whose fonts map no Unicode) read back as Vietnamese`,
    { line: first?.n ?? 1 },
  );
}

/** How many words hold a character. */
function countIn(words: string[], weight: ReadonlyMap<string, number>, c: string): number {
  return words.reduce((n, w) => (w.includes(c) ? n + weight.get(w)! : n), 0);
}

/** Each glyph-number character's letter: by its block's offset, or alone. */
function learnLetters(garbled: string[], known: Known): Letters {
  const letters: Letters = new Map();
  const weight = new Map<string, number>();
  for (const w of garbled) weight.set(w, (weight.get(w) ?? 0) + 1);
  // The words met most often judge the guesses: enough to learn from, and a long document's
  // thousands of others would only make each guess slower.
  const distinct = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)!).slice(0, LEARN_WORDS);
  const chars = new Set(distinct.flatMap((w) => [...w].filter(isNumberChar)));
  // How many words make syllables under a guess, of those whose glyph numbers all have a letter,
  // and how often the samples hold those syllables.
  const readWith = (trying: Letters) => {
    let n = 0;
    let often = 0;
    for (const w of distinct) {
      if (![...w].every((c) => !isNumberChar(c) || trying.has(c) || letters.has(c))) continue;
      if (![...w].some((c) => trying.has(c))) continue;
      const read = readWord(w, new Map([...letters, ...trying]), known, LEARN_TRIED);
      if (!isSyllableWord(read, known.syllables)) continue;
      n += weight.get(w)!;
      often += weight.get(w)! * (known.counts.get(coreOf(read).toLowerCase()) ?? 0);
    }
    return { n, often };
  };
  const syllablesWith = (trying: Letters) => readWith(trying).n;
  // A block's offset: the one under which its words make the most syllables.
  for (let b = 0; b < BLOCKS.length; b++) {
    const members = [...chars].filter((c) => blockOf(c) === b);
    if (!members.length) continue;
    const codes = members.map((c) => c.charCodeAt(0));
    let best = { score: 0, trying: new Map() as Letters };
    let second = 0;
    for (let d = RUN_FIRST - Math.max(...codes); d <= RUN_LAST - Math.min(...codes); d++) {
      const trying: Letters = new Map();
      for (const c of members) {
        const to = c.charCodeAt(0) + d;
        if (to >= RUN_FIRST && to <= RUN_LAST) trying.set(c, String.fromCharCode(to));
      }
      const score = syllablesWith(trying);
      if (score > best.score) [second, best] = [best.score, { score, trying }];
      else if (score > second) second = score;
    }
    if (best.score >= MIN_EVIDENCE && best.score >= OFFSET_MARGIN * second)
      for (const [c, to] of best.trying) letters.set(c, to);
  }
  // The characters left stand alone: each the letter that makes the most syllables. A character
  // and its other case (Ѭ and ѭ, Ƭ and ƭ) are judged together, as a letter's two cases.
  const left = [...chars]
    .filter((c) => !letters.has(c))
    .sort((a, b) => b.localeCompare(a))
    .sort((a, b) => countIn(distinct, weight, b) - countIn(distinct, weight, a));
  for (const c of left) {
    if (letters.has(c)) continue;
    const other = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
    const partner = other !== c && chars.has(other) && !letters.has(other) ? other : null;
    const scored = ALONE.flatMap((l) =>
      [l, l.toUpperCase()].map((to) => {
        const trying: Letters = new Map([[c, to]]);
        if (partner) trying.set(partner, to === l ? l.toUpperCase() : l);
        return { letter: l, trying, ...readWith(trying) };
      }),
    ).sort((a, b) => b.n - a.n || b.often - a.often);
    const best = scored[0]!;
    const next = scored.find((x) => x.letter !== best.letter)!;
    // Two letters that make as many syllables ("lính", "lĩnh") are told by how often the samples
    // hold them ("nghĩa", not "nghía"); as often, the character stays unread.
    const ahead = best.n > next.n || (best.n === next.n && best.often > 2 * next.often);
    if (best.n >= MIN_EVIDENCE && ahead) for (const [from, to] of best.trying) letters.set(from, to);
  }
  return letters;
}

/** A word that is a syllable of the dictionary, with a vowel (the dictionary lists letters too: "p", "ch"). */
function isSyllableWord(word: string, syllables: ReadonlySet<string>): boolean {
  const core = coreOf(word);
  const lower = core.toLowerCase();
  return VOWEL.test(lower) && syllables.has(lower) && casedAsAWord(core, lower);
}

/**
 * Small letters, capitals, or a capital then small letters: a word as printed. A letter read in the
 * wrong case ("cỨ") is a wrong reading, so the case of a block's letters (an offset or its
 * neighbour, one capital and one small letter apart) is told by the words.
 */
function casedAsAWord(core: string, lower: string): boolean {
  return core === lower || core === core.toUpperCase() || core.slice(1) === lower.slice(1);
}

const VOWEL = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u;

/** The most ASCII characters of one word tried both ways; fewer while the letters are learnt. */
const MAX_TRIED = 10;
const LEARN_TRIED = 6;
/** The most distinct words the letters are learnt from. */
const LEARN_WORDS = 2000;

/**
 * A word read back. Its glyph numbers become their letters; each ASCII character is tried as printed
 * and as a glyph number, and of the readings that are syllables the one the samples hold most often
 * wins, the fewest changes first ("V͙" is "số", not "vố"; "KiӇm" is "Kiểm", not "hiểm"). A word
 * holding no glyph number is kept when it is a syllable as printed, or else takes the first reading
 * that is; a number holding no glyph number stays. A word with glyph numbers that no reading makes a syllable is glyph numbers through
 * ("1Ĉ&3" is "NĐCP"); another stays as printed.
 */
function readWord(word: string, letters: Letters, known: Known, maxTried = MAX_TRIED): string {
  const printed = [...word];
  const chars = printed.map((c) => letters.get(c) ?? c);
  const numbered = printed.some((c) => letters.has(c));
  const tried = chars.flatMap((c, i) => (!letters.has(printed[i]!) && asciiLetter(c) ? [i] : []));
  const plain = chars.join("");
  // Printed right, or no word: a number ("2." over a clause, a date) is never letters in glyph numbers
  // ("O." would be a syllable) unless a glyph number stands in it.
  if (!numbered && (isSyllableWord(plain, known.syllables) || !/\p{L}/u.test(plain))) return plain;
  if (tried.length > maxTried) return plain;
  let best: string | null = null;
  let bestCount = -1;
  for (const mask of fewestFirst(tried.length)) {
    const out = [...chars];
    tried.forEach((at, k) => {
      if (mask & (1 << k)) out[at] = asciiLetter(chars[at]!)!;
    });
    const read = out.join("");
    if (!isSyllableWord(read, known.syllables)) continue;
    if (!numbered) return read;
    const count = known.counts.get(coreOf(read).toLowerCase()) ?? 0;
    if (count > bestCount) [best, bestCount] = [read, count];
  }
  if (best !== null || !numbered) return best ?? plain;
  // A number of three digits or more is printed right ("1105" before "/KH-ĐKT" in glyph numbers).
  const kept = new Set<number>();
  for (const m of plain.matchAll(/\d{3,}/gu)) for (let i = 0; i < m[0].length; i++) kept.add(m.index + i);
  return [...plain].map((c, i) => (kept.has(i) ? c : (standardLetter(c) ?? c))).join("");
}

/** Every set of `n` positions as a bit mask, fewest first: every set of `k` before any of `k + 1`. */
const orders: number[][] = [];
function fewestFirst(n: number): number[] {
  return (orders[n] ??= Array.from({ length: 1 << n }, (_, m) => m).sort(
    (a, b) => bitCount(a) - bitCount(b) || a - b,
  ));
}

function bitCount(n: number): number {
  let c = 0;
  for (let m = n; m; m &= m - 1) c++;
  return c;
}
