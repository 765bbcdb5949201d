import type { Block, TextBlock } from "../../model/block.js";
import { foldStart } from "../../text/fold.js";
import {
  AUTHORITY_LINE_KEY,
  AUTHORITY_PREFIX,
  CAPACITY_KEY,
  personName,
  SENTENCE_END,
  SIGNED_MARK,
  withoutSignedMark,
} from "../../text/formulas.js";
import { isUpperText } from "../../text/normalize.js";
import { atMostWords } from "../../text/word-count.js";

/** "Nơi nhận:" opens the recipients list; "Kính gửi:" heads letters instead. */
export function isRecipientsHeading(text: string): boolean {
  return /^noi nhan\s*:?/.test(foldStart(text, 24));
}

/** A recipients line: "- Ban Bí thư Trung ương Đảng;" → "Ban Bí thư Trung ương Đảng". */
export function recipientName(text: string): string {
  return text
    .replace(/^(?:[_=]\s*)?[-–—+•~][-–—=~]*\s*/u, "")
    .replace(/[;,.]\s*$/, "")
    .trim();
}

/**
 * The authority prefix of a signature block, as its code, and the rest of its line. Party and older
 * documents print the same prefixes with slashes or dots ("T/M", "K.T."); the code is one spelling
 * ("TM.", "KT.") so that signatures compare across documents; the printed line stays in the capacity.
 */
export function authorityOf(text: string): { authority: string; rest: string } | null {
  const m = AUTHORITY_PREFIX.exec(text.trim());
  if (!m || !isUpperText(text)) return null;
  return { authority: `${m[1]!.replace(/[./]/g, "")}.`, rest: text.trim().slice(m[0].length).trim() };
}

/** A signer's name, a rank before it allowed ("Thượng tướng Lương Tam Quang"). */
export function isPersonName(text: string): boolean {
  return personName(text) !== null;
}

function isSignedMark(b: Block | undefined): boolean {
  return b?.kind === "text" && SIGNED_MARK.test(b.text.trim());
}

function isCapacity(b: Block | undefined): b is TextBlock {
  if (b?.kind !== "text") return false;
  const text = withoutSignedMark(b.text);
  const short = atMostWords(text, 10);
  // In any case: a transcription, or a capital font read as small letters ("Tm. ủy ban nhân dân tỉnh …").
  const key = foldStart(text);
  return (
    short &&
    (isUpperText(text) ||
      ((CAPACITY_KEY.test(key) || AUTHORITY_LINE_KEY.test(key)) && !SENTENCE_END.test(text)))
  );
}

/**
 * A signature starts at `i` when an authority line (TM. CHÍNH PHỦ) or a run of short upper-case
 * capacity lines is followed by a person's name. Returns the index after the name, or -1.
 */
/** A few letters or marks on a line of their own: what OCR makes of a seal or a signature. */
function isSealResidue(b: Block | undefined): boolean {
  return b?.kind === "text" && b.text.trim().length <= 4 && !/\d/.test(b.text);
}

const MAX_RESIDUE = 6;

export function signatureEnd(blocks: Block[], i: number): number {
  // A transcription may print the signed mark above the capacity ("(Đã ký và đóng dấu)" ⏎ "KT. …").
  const first = isSignedMark(blocks[i]) ? blocks[i + 1] : blocks[i];
  // A copy that prints no capacity, only the name and the signed mark ("Võ Chí Công" ⏎ "(Đã ký)",
  // or the mark first): the mark makes the name a signature.
  if (first?.kind === "text" && isPersonName(first.text)) {
    if (isSignedMark(blocks[i])) return i + 2;
    return isSignedMark(blocks[i + 1]) ? i + 2 : -1;
  }
  if (!isCapacity(first)) return -1;
  let j = i;
  let lines = 0;
  // A page number between the signature's lines (a page break inside it) is stepped over, and so
  // is what OCR reads in a seal or a signature ("/", "SIN", "ĐÀ").
  let residue = 0;
  while (
    j < blocks.length &&
    lines < 4 &&
    (blocks[j]?.kind === "furniture" ||
      isSignedMark(blocks[j]) ||
      isCapacity(blocks[j]) ||
      (j > i && residue < MAX_RESIDUE && isSealResidue(blocks[j])))
  ) {
    if (isSealResidue(blocks[j])) residue++;
    else if (blocks[j]!.kind !== "furniture" && !isSignedMark(blocks[j])) lines++;
    j++;
  }
  const name = blocks[j];
  // The signed mark may stand under the name ("Võ Chí Công" ⏎ "(Đã ký)").
  const marked = (k: number) => (isSignedMark(blocks[k + 1]) ? k + 2 : k + 1);
  if (name?.kind === "text" && isPersonName(name.text)) return marked(j);
  // A scan's seal and signature read as lines of marks ("L»¿ Tnax 1 t®U", "Tri NHÀ l") before the name.
  for (let k = j; k < blocks.length && k < j + MAX_NOISE; k++) {
    const b = blocks[k]!;
    if (b.kind === "furniture") continue;
    if (b.kind !== "text") break;
    if (isPersonName(b.text)) return marked(k);
    if (!isScanNoise(b.text) && !isSealResidue(b)) break;
  }
  // An authority line without a printed name (a cut or unsigned copy) still closes the document.
  if (authorityOf(first.text)) return j;
  return -1;
}

/** What OCR read in a seal or a signature, not a capacity printed in capitals ("SIN" may be either). */
export function isSealReading(b: TextBlock): boolean {
  return isScanNoise(b.text) || (isSealResidue(b) && !isUpperText(b.text));
}

const MAX_NOISE = 8;
/** Marks no printed text of a document holds: OCR's reading of a seal, a signature, a stamp. */
const NOISE_MARK = /[»«¿®©°\\`~^{}<>|_=@#$%*]/u;
const WORDLIKE = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)[,.;:]?$/u;

/**
 * A short line OCR read from a seal or a signature rather than from text: a mark no text prints, most
 * of its tokens no word ("1/7 sNG VU"), or a few tokens of capitals with a stray small letter ("Tri
 * NHÀ l"). A line of words ("KT. Bộ trưởng"), or a sentence, is text.
 */
export function isScanNoise(text: string): boolean {
  const t = text.trim();
  // Capitals are a capacity's ("Q.CHỦ TỊCH") or a title's, whatever their tokens look like.
  if (t.length > 40 || isUpperText(t)) return false;
  if (NOISE_MARK.test(t)) return true;
  // "KT.Chủ tịch": an abbreviation's dot glued to the next word parts two words.
  const tokens = t.split(/\s+|(?<=\.)(?=\p{L})/u);
  const words = tokens.filter((w) => w.length >= 2 && WORDLIKE.test(w));
  if (words.length < tokens.length * 0.6) return true;
  const capitals = tokens.some((w) => w.length >= 2 && /^\p{Lu}+$/u.test(w));
  return tokens.length <= 4 && capitals && tokens.some((w) => /^\p{Ll}$/u.test(w));
}

/**
 * A signature of a name and "(Đã ký)" alone, no capacity printed above it (the Constitutions of 1959
 * and 1992 end so, as do transcriptions that drop the capacity): either order. Returns the index
 * after the pair, or -1. Only the end of the main text may be one (the caller checks).
 */
export function bareSignatureEnd(blocks: Block[], i: number): number {
  const [a, b] = [blocks[i], blocks[i + 1]];
  if (a?.kind !== "text" || b?.kind !== "text") return -1;
  const named = (x: TextBlock) => atMostWords(x.text, 6) && isPersonName(x.text);
  return (named(a) && isSignedMark(b)) || (isSignedMark(a) && named(b)) ? i + 2 : -1;
}
