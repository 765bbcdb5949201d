/**
 * Folding is for matching only ("hoà" = "hòa", "HOÀ TỐC" = "HỎA TỐC"); what users see stays as printed.
 *
 * The definition is: decompose (NFD), drop the combining marks U+0300–U+036F, đ → d, recompose
 * (NFC). Folding runs on every line and heading many times, so the letters it changes are looked up
 * in a table filled from that definition; other text is returned as it is, after NFC when it
 * holds a combining mark outside the dropped range (a test checks the table against the definition
 * over the whole Basic Multilingual Plane).
 */
export function foldDiacriticsByDefinition(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .normalize("NFC");
}

/**
 * What each BMP character becomes when it stands alone, filled in as characters are first met
 * (building it whole costs 60 ms of start-up).
 */
const FOLDED: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);

/** Characters whose neighbours can change under NFC (combining marks kept, Hangul jamo…): the slow path. */
function composes(c: number): boolean {
  return (
    (c >= 0x0340 && c <= 0x0344) ||
    (c >= 0x0370 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    c === 0x3099 ||
    c === 0x309a ||
    (c >= 0xfb1d && c <= 0xfb4f) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

export function foldDiacritics(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (composes(c)) return foldDiacriticsByDefinition(s);
    const folded = (FOLDED[c] ??= foldDiacriticsByDefinition(String.fromCharCode(c)));
    if (folded.length === 1 && folded.charCodeAt(0) === c) continue;
    out += s.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Keys already made. The stages ask for the key of the same line, heading or cell again and again
 * (a text of 1,300 distinct strings asked 5,000 times); a string's hash is kept on it by V8, so a
 * repeated question costs a lookup. Cleared when full, so a long run keeps a bounded table.
 */
const keys = new Map<string, string>();
/** At most this many characters of text kept (about 4 MB with their keys). */
const KEYS_MAX_CHARS = 1_000_000;
let keptChars = 0;

/** Lower case, no diacritics, single spaces: a key for comparing printed phrases. */
export function foldKey(s: string): string {
  let key = keys.get(s);
  if (key === undefined) {
    if (keptChars + s.length > KEYS_MAX_CHARS) {
      keys.clear();
      keptChars = 0;
    }
    key = foldDiacritics(s).toLowerCase().replace(/\s+/g, " ").trim();
    keys.set(s, key);
    keptChars += s.length;
  }
  return key;
}

/**
 * The key of a line's first `n` characters, for tests of how a line opens ("Nơi nhận", "Căn cứ"):
 * folding a whole paragraph to read its first words was a sixth of a text conversion. A cut line
 * ends in " …", so a pattern anchored at the end never matches a longer line.
 */
export function foldStart(s: string, n = 64): string {
  return s.length > n ? `${foldKey(s.slice(0, n))} …` : foldKey(s);
}
