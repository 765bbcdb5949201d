import { tcvn3ToUnicode } from "./tcvn3.js";
import { vniToUnicode } from "./vni.js";

/**
 * Vietnamese typed in 8-bit fonts (TCVN3 .VnTime, VNI-Times) reaches us as Latin-1 look-alikes
 * ("Quèc héi", "UÛY BAN NHAÂN DAÂN") whenever the font name is lost — a Word 97 file, an RTF, a
 * text file. Which conversion, if any, is chosen by reading: the one whose words are Vietnamese
 * syllables. A line already in Unicode stays as it is.
 */
export type LegacyEncoding = "tcvn3" | "vni";

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Onset, vowels and coda of a Vietnamese syllable, tones removed (NFD, shapes kept). */
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:[aeiouy]|\u0302|\u0306|\u031b){1,5}(?:ch|ng|nh|[cmnpt])?$/u;
/** Codas that stop the syllable take only the sắc or nặng tone. */
const STOP_CODA = /(?:ch|[cpt])$/u;

/**
 * Words already judged. A page or a text repeats a few thousand syllables over and over, and the
 * judgement (NFD, three patterns) was most of the time of telling a garbled PDF page from a clean one.
 */
const judged = new Map<string, boolean>();
const JUDGED_MAX = 50_000;

/** A word that is a Vietnamese syllable: one tone at most, a valid shape, the right tone before a stop. */
export function isSyllable(word: string): boolean {
  let yes = judged.get(word);
  if (yes === undefined) {
    if (judged.size >= JUDGED_MAX) judged.clear();
    judged.set(word, (yes = judgeSyllable(word)));
  }
  return yes;
}

function judgeSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize("NFD");
  const tones = nfd.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const bare = nfd.replace(TONES, "");
  if (!SYLLABLE.test(bare)) return false;
  return !(STOP_CODA.test(bare) && tones.length === 1 && !/[\u0301\u0323]/u.test(tones[0]!));
}

/** The share of a text's words (letters only, punctuation trimmed) that are Vietnamese syllables. */
export function syllableShare(text: string): { share: number; words: number } {
  const words = wordsOf(text);
  if (!words.length) return { share: 1, words: 0 };
  return { share: words.filter(isSyllable).length / words.length, words: words.length };
}

const wordsOf = (text: string) => text.split(/\s+/).map(bareWord).filter(isWord);
const bareWord = (w: string) => w.replace(/^[("“'[]+|[)"”'.,;:!?\]]+$/gu, "");
const isWord = (w: string) => w !== "" && !/\d/.test(w);

/**
 * Whether a text of `minWords` words or more has fewer than `share` of them Vietnamese syllables:
 * `syllableShare`'s answer, given as soon as it is certain. A clean page (nine in ten words are
 * syllables) is known within its first half; this runs on every page of a PDF.
 */
export function fewSyllables(text: string, share: number, minWords: number): boolean {
  const tokens = text.split(/\s+/);
  // Words are at most the tokens: past this many syllables the share is reached whatever follows.
  const surely = share * tokens.length;
  let words = 0;
  let found = 0;
  for (const token of tokens) {
    const w = bareWord(token);
    if (!isWord(w)) continue;
    words++;
    if (isSyllable(w) && ++found >= surely) return false;
  }
  return words >= minWords && found < share * words;
}

const CONVERT: Record<LegacyEncoding, (s: string) => string> = {
  tcvn3: (s) => tcvn3ToUnicode(s),
  vni: vniToUnicode,
};

/** The encoding the text's lines were typed in, read from all of them; null when they read as Unicode. */
export function detectLegacyEncoding(lines: readonly string[]): LegacyEncoding | null {
  const gain: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  for (const line of lines) {
    const before = syllableShare(line);
    if (before.words < 3) continue;
    for (const enc of ["tcvn3", "vni"] as const)
      gain[enc] += (syllableShare(CONVERT[enc](line)).share - before.share) * before.words;
  }
  const best = gain.tcvn3 >= gain.vni ? "tcvn3" : "vni";
  return gain[best] > 5 ? best : null;
}

/** Converts the lines that read better converted; the others (already Unicode) stay as printed. */
export function convertLegacyLines(
  lines: readonly string[],
  encoding: LegacyEncoding,
  /**
   * Some lines are Unicode already (converted by their fonts' names): a tie then converts only a
   * line holding look-alikes, since a converted line may read as well converted twice ("Khoá" →
   * "Khoỏ").
   */
  mixed = false,
): string[] {
  return lines.map((line) => {
    const converted = capitalFontWords(CONVERT[encoding](line));
    if (converted === line) return line;
    const [after, before] = [syllableShare(converted).share, syllableShare(line).share];
    if (after > before) return converted;
    LOOK_ALIKE.lastIndex = 0;
    return after === before && (!mixed || LOOK_ALIKE.test(line)) ? converted : line;
  });
}

/**
 * TCVN3's capital fonts (.VnTimeH) print capitals from the codes of small letters, so a word typed in
 * them converts as "CHủ TịCH": its plain letters capital, its marked letters small. Such a word (two
 * plain capitals at least: "Hà" is a name in sentence case) is capitals throughout, and so is one
 * that opens with a small marked letter before its capitals ("ủY", "đIỀU": no word is written so).
 * A word in sentence case ("Luật") is left as it is: its case cannot be told.
 */
function capitalFontWords(line: string): string {
  return line.replace(/\p{L}+/gu, (word) => {
    const plain = word.replace(/[^A-Za-z]/g, "");
    const marked = word.replace(/[A-Za-z]/g, "");
    if (!plain || plain !== plain.toUpperCase() || marked === marked.toUpperCase()) return word;
    const opensMarked = !/^[A-Za-z]/.test(word) && /^\p{Ll}/u.test(word);
    return plain.length >= 2 || opensMarked ? word.toLocaleUpperCase("vi") : word;
  });
}

/**
 * Latin-1 characters no Unicode Vietnamese text spells words with, and TCVN3's and VNI's look-alikes
 * are made of ("¸" for "á", "®" for "đ", "ø" and "ä" after VNI's vowels); and "μ", TCVN3's "à" as
 * pdf.js gives it (tcvn3.ts).
 */
const LOOK_ALIKE =
  /[\u03BC\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/gu;

/**
 * Whether a text may hold legacy look-alikes worth a reading: enough of their characters, and not
 * thinly spread. A Unicode text prints a few ("§", "°", "m²", "«»"), and a long one enough of them to
 * pass a bare count: four copies of the samples held 16, and reading every line of 2.4 MB three ways
 * then took half the conversion. Legacy text holds one in every eight characters or so, so one legacy
 * page among fifty of Unicode still passes. Most texts hold none, and are passed after one look.
 */
export function mayBeLegacy(texts: readonly string[], atLeast = 12): boolean {
  let n = 0;
  // The texts as if joined by one character each, without joining them: the look counts them.
  let length = texts.length - 1;
  for (const text of texts) {
    length += text.length;
    if (!LOOK_ALIKE_ONE.test(text)) continue;
    LOOK_ALIKE_EACH.lastIndex = 0;
    while (LOOK_ALIKE_EACH.exec(text)) n++;
  }
  return n >= atLeast && n * SPREAD_MAX >= length;
}

/**
 * LOOK_ALIKE tested line by line, without the Unicode flag (every code is in the BMP), counted only
 * where a line holds one. The regular expression engine's native scan runs at 0.19 ms warm and
 * 0.45 ms in a fresh converter on 03-CT's 100 KB, against 0.59 and 3.1 ms for a loop over the codes
 * (a converter's first document runs that loop before V8 has compiled it).
 */
const LOOK_ALIKE_ONE = new RegExp(LOOK_ALIKE.source);
const LOOK_ALIKE_EACH = new RegExp(LOOK_ALIKE.source, "g");

/** Characters per look-alike above which they are a Unicode text's symbols, not legacy text. */
const SPREAD_MAX = 500;

/** A text most of whose words are Vietnamese syllables: what a right legacy reading gives. */
export function readsAsVietnamese(text: string): boolean {
  const { share, words } = syllableShare(text);
  return words >= 3 && share >= 0.6;
}
