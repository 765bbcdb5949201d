import { fewSyllables } from "../../../text/legacy-encoding.js";
import { isBlankCode } from "../../../text/blank-code.js";

/**
 * Checks of a page's text layer, on its glyphs' text joined by spaces: whether a reader can use it
 * or the page is better read as an image.
 */

/**
 * A text layer whose characters mean nothing: private-use code points, control characters and
 * replacement marks (a font embedded without a character map), or letters that are no script.
 */
export function isGarbage(spaced: string): boolean {
  const length = visibleLength(spaced);
  if (length < 20) return false;
  // Most pages hold no such character: looked for once before they are counted.
  const bad = BAD_CHAR.test(spaced)
    ? (spaced.match(/[\p{Co}\p{Cc}\uFFFD]/gu) ?? []).filter((c) => !/\s/.test(c)).length
    : 0;
  if (bad / length > 0.3) return true;
  // A font whose codes were shifted (a signing tool's re-encoded PDF: "1JK͓ ÿ͓QK V͙ 1Ĉ&3") gives
  // characters that exist but words that are no Vietnamese: the page is read as an image instead.
  if (fewSyllables(spaced, GARBLED_SHARE, GARBLED_MIN_WORDS)) return true;
  // The same fonts beside clean runs (dates, a table's numbers): a Vietnamese page has no Cyrillic or
  // Greek letter inside its words ("ÿѭӧF", "NLӇP"), and these pages have them in 38–57% of their words.
  // Only a character past Latin can be such a letter: most pages hold none, and stop here.
  if (!BEYOND_LATIN.test(spaced)) return false;
  const tokens = spaced
    .normalize("NFC")
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const alien = tokens.filter((w) => /[^\P{L}\p{Script=Latin}]/u.test(w)).length;
  return tokens.length >= GARBLED_MIN_WORDS && alien / tokens.length >= ALIEN_SHARE;
}

const BAD_CHAR = /[\p{Co}\p{Cc}\uFFFD]/u;

/** Characters that are not white space, counted without a list of every space matched. */
function visibleLength(text: string): number {
  let blanks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBlankCode(c)) blanks++;
  }
  return text.length - blanks;
}

/**
 * Past Latin, its combining marks and Latin Extended Additional (Vietnamese's precomposed letters):
 * Greek, Cyrillic and every script after them, but not General Punctuation (a page's curly quotes
 * and dashes are no letter). NFC maps nothing below this range into it.
 */
const BEYOND_LATIN = /[\u0370-\u1DFF\u1F00-\u1FFF\u2070-\uFFFF]/;

/** The share of words with a letter of another script that makes a page garbled (TCVN3 pages: ≤ 12%). */
const ALIEN_SHARE = 0.25;

/**
 * Of the words of Vietnamese prose, more than half carry a letter outside ASCII; on every text page
 * of the corpus at least a quarter do. An OCR layer that knows no Vietnamese has next to none (0 and
 * 3% on the two scans that have one).
 */
export function isUnaccented(spaced: string): boolean {
  // Not normalized first: a decomposed letter's marks are in its word, and outside ASCII, either way.
  const words = spaced.match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length < GARBLED_MIN_WORDS) return false;
  // Answered as soon as it is certain: on a Vietnamese page, within its first words.
  const enough = UNACCENTED_SHARE * words.length;
  let accented = 0;
  for (const w of words) if (NON_ASCII.test(w) && ++accented >= enough) return false;
  return true;
}

const UNACCENTED_SHARE = 0.1;
const NON_ASCII = /[^\p{ASCII}]/u;

/** A page with this many words, of which fewer than this share are Vietnamese syllables, is garbled. */
const GARBLED_MIN_WORDS = 30;
const GARBLED_SHARE = 0.3;
