/**
 * Normalisation at the read boundary: NFC, one kind of space, OCR look-alikes. Later stages assume
 * clean NFC text. What users see stays as printed otherwise.
 */

// NBSP, narrow NBSP, figure space, thin/hair spaces, ideographic space, en/em spaces.
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width characters and the BOM inside text carry nothing a reader sees.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Any character the replacements below change: most lines hold none, and skip them. */
const REPLACED = /[\u00A0\u2000-\u200D\u202F\u205F\u3000\u2060\uFEFF\u00AD\u00D0\u00F0\u2044\u2215]/;

export function normalizeText(s: string): string {
  if (!REPLACED.test(s)) return s.normalize("NFC");
  return (
    s
      .replace(ZERO_WIDTH, "")
      .replace(ODD_SPACES, " ")
      // OCR and some fonts give the Icelandic eth (U+00D0) for the Vietnamese Đ (U+0110).
      .replace(/\u00D0/g, "\u0110")
      .replace(/\u00F0/g, "\u0111")
      // Fraction and division slashes some fonts print in numbers: "1105⁄KH-ĐKT".
      .replace(/[\u2044\u2215]/g, "/")
      .normalize("NFC")
  );
}

/** Collapse runs of spaces and trim: for text that is shown, not for column layouts. */
export function squash(s: string): string {
  return s.replace(/[ \t]+/g, " ").trim();
}

/** Inline markup residue left by converters: `**`, `__`, `<i>`, `<b>`, `<br>`, `<sup>` … */
const TAG = /<\/?(?:i|b|u|em|strong|sup|sub|span|font|br|p|div)(?:\s[^>]*)?\/?>/gi;

export interface Unmarked {
  text: string;
  strong: boolean;
  emphasis: boolean;
}

/** Removes emphasis markup and says whether the text carried any. */
export function stripMarkup(s: string): Unmarked {
  // Every mark below holds "*", "_" or "<": a line with none of them (most lines) has no markup.
  if (!/[*_<]/.test(s)) return { text: s, strong: false, emphasis: false };
  const strong = /\*\*|__|<b\b|<strong\b/i.test(s);
  const emphasis = /<i\b|<em\b|(^|[^*])\*[^*\s][^*]*\*(?!\*)/i.test(s);
  // Each pattern below needs its mark in the text: a line with an underscore or a "<" alone (a
  // form's blanks, "< 5%") skips the others, the last of which looks back from every character.
  let text = s.includes("<") ? s.replace(TAG, "") : s;
  text = text.replace(/\*\*|__/g, "");
  if (text.includes("*"))
    text = text
      .replace(/(^|[\s(])\*(\S[^*]*\S|\S)\*(?=[\s).,;:]|$)/g, "$1$2")
      // Emphasis over two lines ("*\"Vv chế độ …" ⏎ "… nhân dân\"*"): its one mark opens or ends a line.
      .replace(/^(\s*)\*(?=[^\s*][^*]*$)|(?<=^[^*]*[^\s*])\*(\s*)$/u, "$1$2");
  return { text, strong, emphasis };
}

const LOWER = /^\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;

export function startsLower(s: string): boolean {
  return LOWER.test(s.trimStart());
}

/** Letter case of each BMP character, learnt on first sight: 0 unknown, 1 upper, 2 lower, 3 neither. */
const letterCase = new Uint8Array(0x10000);

function caseOf(code: number): number {
  let c = letterCase[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = UPPER_LETTER.test(ch) ? 1 : LOWER_LETTER.test(ch) ? 2 : 3;
    letterCase[code] = c;
  }
  return c;
}

/**
 * Whether two capital letters stand side by side somewhere ("UBND", "KT. BỘ"): the first thing a
 * signature run together into a line needs, found with the case table instead of a Unicode-class
 * pattern tried at every character (3 of bao-cao's 4 ms went on paragraphs holding no such pair).
 * A text with letters beyond the BMP says yes and leaves the answer to the pattern.
 */
export function hasUpperPair(s: string): boolean {
  let previous = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    const upper = caseOf(code) === 1;
    if (upper && previous) return true;
    previous = upper;
  }
  return false;
}

/**
 * True when the text has letters and none of them is lower case (headings, tên loại, issuer). One
 * pass over the characters, stopping at the first lower-case letter: asked of every line pair while
 * paragraphs are joined, the two Unicode-class searches were a twentieth of a text conversion.
 */
export function isUpperText(s: string): boolean {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // Letters beyond the BMP (surrogate pairs) are rare: the Unicode classes decide.
    if (code >= 0xd800 && code <= 0xdfff) return UPPER_LETTER.test(s) && !LOWER_LETTER.test(s);
    const c = caseOf(code);
    if (c === 2) return false;
    if (c === 1) upper = true;
  }
  return upper;
}
