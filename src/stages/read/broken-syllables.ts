import type { Reporter } from "../../model/reporter.js";
import { lexicon } from "./ocr/lexicon.js";
import type { SourceText } from "./reader.js";
import { rewriteSourceTexts } from "./source-texts.js";

/**
 * Syllables parted around a marked vowel: a portal's page set letters in elements of their own and
 * the scrape left a space on each side ("Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022", "CHỦ TỊCH Đặ ng
 * Văn Minh", "Ng o ại giao", "Xã hộ i"), or an old PDF's text layer cut a word before its marked
 * vowel ("Chính phủ đã tập trung ch ỉ đạo", "v ẫn duy trì"). The place, the date and the signer's
 * name are lost with them.
 *
 * Two to four pieces of a line, each three letters at most after the first, are one syllable when
 * together they make a dictionary word that holds a marked vowel, and a piece alone is no syllable
 * ("Qu", "ng", "ại"). Where the first piece is a syllable itself ("khá nh:" is "khá như:" with a
 * letter lost), or a small letter alone stands before one ("l ý", and "điểm b ở trên", where it is a
 * point's label), the whole must pair in the dictionary with the word before or after it ("xã hội",
 * "quản lý"), and never follows "điểm". The longest join is tried first.
 * (PDF lines already join the cut that a decomposed mark leaves after a vowel: text/syllables.ts.)
 */
const MARKED_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
const MARKED = `${MARKED_LOWER}${MARKED_LOWER.toUpperCase()}`;
const HAS_MARKED = new RegExp(`[${MARKED}]`);

/**
 * A line worth a closer look, found without the Unicode and case flags: an onset alone before a
 * vowel ("Qu ả", "ch ỉ", "Ng o", "B Ộ"), or a marked vowel before an ending alone ("Đặ ng", "hộ i"). The
 * samples' lines hold none: the dictionary is loaded, and the line taken apart, only for such a line.
 */
const LIKELY = new RegExp(
  `(?:^|[^A-Za-zĐđ${MARKED}])(?:[Qq][Uu]|[Gg][Ii]|[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX][bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]{0,2}) [aeiouy${MARKED}]|[${MARKED}] (?:ng|nh|ch|[cmnpti])(?![A-Za-zĐđ${MARKED}])`,
);

/** The most pieces one syllable is rejoined from ("Ng o ại", "Qu ả ng"). */
const MAX_PIECES = 4;
/** A piece after the first is this short: an onset, a vowel or two, an ending. */
const PIECE_MAX = 3;

export function joinBrokenSyllables(source: SourceText, report: Reporter): void {
  let count = 0;
  const before = source.lines.map((l) => l.text);
  rewriteSourceTexts(source, (text) => {
    if (!LIKELY.test(text)) return text;
    const joined = joinLine(text);
    count += joined.count;
    return joined.text;
  });
  if (!count) return;
  const first = source.lines.find((l, i) => l.text !== before[i]);
  report.info(
    "broken-syllable",
    `${count} syllable(s) parted around a marked vowel joined ("Qu ả ng" → "Quảng")`,
    {
      line: first?.n ?? 1,
    },
  );
}

const isWord = (s: string) => lexicon().syllables.has(s.toLowerCase());
const VOWEL = new RegExp(`[aeiouyAEIOUY${MARKED}]`);
/** A piece that is a syllable by itself: the dictionary lists letters ("x", "ch") too, but a syllable has a vowel. */
const isSyllablePiece = (p: string) => VOWEL.test(p) && isWord(p);
const LETTERS = /^\p{L}+$/u;

function joinLine(text: string): { text: string; count: number } {
  // Words and the spaces between them, kept as printed; punctuation stays on its word.
  const parts = text.split(/( +)/);
  let count = 0;
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const found = joinAt(parts, i);
    if (found) {
      out.push(found.word);
      count++;
      i = found.last;
    } else out.push(parts[i]!);
    if (i + 1 < parts.length) out.push(parts[i + 1]!);
  }
  return { text: out.join(""), count };
}

/** The syllable the pieces from `parts[i]` on make, with the index of its last piece; null if none. */
function joinAt(parts: string[], i: number): { word: string; last: number } | null {
  const lead = /^[^\p{L}]*/u.exec(parts[i]!)![0];
  for (let n = Math.min(MAX_PIECES, (parts.length - i + 1) / 2); n >= 2; n--) {
    const pieces: string[] = [];
    for (let k = 0; k < n; k++) pieces.push(parts[i + 2 * k]!);
    // Only single spaces part a syllable's pieces.
    if (pieces.slice(1).some((_, k) => parts[i + 2 * k + 1] !== " ")) continue;
    const tail = /[^\p{L}]*$/u.exec(pieces[n - 1]!)![0];
    const bare = pieces
      .map((p, k) => (k === 0 ? p.slice(lead.length) : p))
      .map((p, k) => (k === n - 1 ? p.slice(0, p.length - tail.length) : p));
    if (!bare.every((p, k) => LETTERS.test(p) && (k === 0 || p.length <= PIECE_MAX))) continue;
    const whole = bare.join("");
    if (!HAS_MARKED.test(whole) || !isWord(whole)) continue;
    // A single plain vowel after the first piece is a letter the page set apart ("hộ i"), not a word.
    const words = bare.filter((p, k) => isSyllablePiece(p) && !(k > 0 && /^[aeiouy]$/iu.test(p)));
    if (words.length === n) continue;
    // A word may end where a letter of the next was lost ("khá nh:" is "khá như:"), and a small
    // letter alone before a word ("l ý", "b ở") may be a point's label: such joins need the
    // dictionary's pair with a neighbour ("xã hộ i" → "xã hội", "quản l ý" → "quản lý").
    const lone = n === 2 && /^\p{Ll}$/u.test(bare[0]!) && words.length === 1;
    // Two pieces without a vowel ("t r òng") may hold a word whose vowel was lost ("tư ròng").
    const bareOnsets = bare.filter((p) => !VOWEL.test(p)).length > 1;
    if ((lone || bareOnsets || isSyllablePiece(bare[0]!)) && !pairsAround(parts, i, n, whole)) continue;
    return { word: lead + whole + tail, last: i + 2 * (n - 1) };
  }
  return null;
}

/**
 * Whether `whole` pairs in the dictionary with the word before it ("quản lý") or after it, the word
 * before being no "điểm".
 */
function pairsAround(parts: string[], i: number, n: number, whole: string): boolean {
  const key = whole.toLowerCase();
  const previous = i >= 2 ? /(\p{L}+)$/u.exec(parts[i - 2]!)?.[1]?.toLowerCase() : undefined;
  if (previous === "điểm") return false;
  const next = /^(\p{L}+)/u.exec(parts[i + 2 * n] ?? "")?.[1]?.toLowerCase();
  const { pairs } = lexicon();
  return (
    (previous !== undefined && pairs.has(`${previous} ${key}`)) ||
    (next !== undefined && pairs.has(`${key} ${next}`))
  );
}
