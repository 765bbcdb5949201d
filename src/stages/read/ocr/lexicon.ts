import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { foldKey } from "../../../text/fold.js";
import { PROVINCES } from "../../../text/provinces.js";
import { syllableCounts } from "../../../text/syllable-counts.js";

/**
 * What OCR correction knows of Vietnamese: the syllables and adjacent syllable pairs of a 74 000-word
 * dictionary (Viet74K, from the MIT-licensed @vntk/dictionary) and the province names, and how often
 * each syllable and pair occurs in the text samples (data/ocr-context.tsv). Loaded on the first OCR'd
 * page only: it costs about 100 ms and OCR takes seconds a page.
 */
export interface Lexicon {
  /** Every syllable a word of the dictionary holds, lower case. */
  syllables: Set<string>;
  /** "a b" for every two syllables adjacent in a dictionary word. */
  pairs: Set<string>;
  /** Each province name as its syllables, lower case. */
  provinces: string[][];
  /** The syllables of each diacritic-free key: "kiem" → kiểm, kiếm, kiêm, kìm… */
  byKey: Map<string, string[]>;
  /** Occurrences in the samples: a syllable, or "a b". */
  counts: Map<string, number>;
}

let loaded: Lexicon | null = null;

const syllablesOf = (word: string) =>
  word
    .normalize("NFC")
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);

export function lexicon(): Lexicon {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const dictionary = join(require.resolve("@vntk/dictionary/package.json"), "..", "data", "Viet74K.txt");
  const words = [...readFileSync(dictionary, "utf8").split("\n"), ...PROVINCES];
  const syllables = new Set<string>();
  const pairs = new Set<string>();
  for (const word of words) {
    const s = syllablesOf(word);
    s.forEach((x, i) => {
      syllables.add(x);
      if (i > 0) pairs.add(`${s[i - 1]} ${x}`);
    });
    // The dictionary prints "hoá", tesseract and most of today's documents "hóa": both are words.
    if (s.some((x) => otherTonePlacement(x))) {
      const t = s.map((x) => otherTonePlacement(x) ?? x);
      t.forEach((x, i) => {
        syllables.add(x);
        if (i > 0)
          pairs
            .add(`${t[i - 1]} ${x}`)
            .add(`${s[i - 1]} ${x}`)
            .add(`${t[i - 1]} ${s[i]}`);
      });
    }
  }
  // A province is printed after "tỉnh" or "thành phố": "tỉnh Lai Châu", "TỈNH LAI CHÂU".
  const provinces = PROVINCES.map(syllablesOf);
  for (const s of provinces) pairs.add(`tỉnh ${s[0]}`).add(`phố ${s[0]}`);
  const byKey = new Map<string, string[]>();
  for (const s of syllables) {
    if (!/^\p{L}+$/u.test(s)) continue;
    const key = foldKey(s);
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  loaded = { syllables, pairs, provinces, byKey, counts: syllableCounts() };
  return loaded;
}

const TONE = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";
/** An open syllable ending in "oa", "oe" or "uy" (not after "q"), its tone on either vowel. */
const OPEN_GLIDE = new RegExp(`^([^q]*?)([ou])(${TONE}?)([aey])(${TONE}?)$`, "u");

/**
 * The same syllable with its tone mark on the other vowel: "hoá" ↔ "hóa", "thuỷ" ↔ "thủy", "khoẻ" ↔
 * "khỏe". Both placements are in use (the old on the second vowel, the new on the first); only an
 * open syllable has the choice. Null when the syllable has no such pair or no tone.
 */
export function otherTonePlacement(syllable: string): string | null {
  const m = OPEN_GLIDE.exec(syllable.normalize("NFD"));
  if (!m) return null;
  const [, head, first, onFirst, second, onSecond] = m;
  const glide = first === "o" ? second !== "y" : second === "y";
  if (!glide || !!onFirst === !!onSecond) return null;
  const tone = onFirst || onSecond;
  const moved = onFirst ? `${head}${first}${second}${tone}` : `${head}${first}${tone}${second}`;
  return moved.normalize("NFC");
}
