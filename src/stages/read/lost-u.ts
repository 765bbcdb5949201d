import type { Reporter } from "../../model/reporter.js";
import type { SourceText } from "./reader.js";
import { rewriteSourceTexts, sourceTexts } from "./source-texts.js";

/**
 * TCVN3 gives the bare "ư" the soft hyphen's code (0xAD). Whatever lays such a file out in Unicode
 * (Word, LibreOffice, a printer driver) takes it for an optional hyphen and draws nothing, so a PDF
 * made from it has lost every bare ư: "Chơng" for "Chương", "phờng" for "phường", "t pháp" for "tư
 * pháp". The letters with a tone (ừ ứ ử ữ ự) have codes of their own and stay. A text read as TCVN3
 * that holds rhymes no syllable has ("ơng", "ơc", "ơu") and next to no "ư" lost them; the ư goes back
 * where the shape of the word says it stood, and nowhere a shape leaves in doubt ("mời", "tơi").
 */
const WORD = /[\p{L}\p{M}]+/gu;
/** "ơng", "ơc", "ơu" with any tone, after an onset: no syllable ends so, "ương", "ước", "ươu" do. */
const LOST_BEFORE_O = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([ơờớởỡợ])(ng|c|u)$/iu;
/** Words that are only an onset ("nh", "th", "ng", "t", "s"): "như", "thư", "ngư", "tư", "sư". */
const ONSET_ONLY = /^(?:nh|th|ng|t|s)$/iu;
/**
 * Words whose ư stood before a "u": "ưu", "lưu", "hưu". Without it they are no words of an
 * administrative text ("u đãi", "- Lu: VT").
 */
const LOST_BEFORE_U = /^([lh]?)(u)$/iu;
/** An onset and "ng" with no vowel between: "nhưng", "trưng", "hưng", "lưng" lost their ư. */
const LOST_BEFORE_NG = /^(nh|ch|kh|ph|th|tr|[bdđhlmnrstvx])(ng)$/iu;
/** The two common words whose loss leaves another (rare) word: "ngời" is "người", "dới" is "dưới". */
const LOST_IN_WORD = /^(ng|d)(ời|ới)$/iu;
/** A word that still holds a bare ư (the letters with a tone are other codes, and always stay). */
const HAS_U = /[ưƯ]/u;

/** Lost rhymes at least, and ư words at most this share of them, for a text to have lost its ư. */
const MIN_LOST = 3;
const MAX_KEPT_SHARE = 0.1;

const isUpper = (w: string) => w.length > 1 && w === w.toLocaleUpperCase("vi");

/**
 * Where a word stands: beside another word (only white space between), and whether a letter alone
 * can be a word there. A letter stands for one ("t pháp", "đầu t.") only among words: letter-spaced
 * text ("S è 1 6 9", "s a u đ â y") has letters for neighbours, and a list's letter has its bracket.
 */
interface Place {
  inSentence: boolean;
  letterIsWord: boolean;
}

/** The word with its ư put back, in the word's case; the word itself where its shape leaves a doubt. */
function restoreWord(word: string, { inSentence, letterIsWord }: Place): string {
  // In the word's case: capitals throughout ("CHƯƠNG"), or a capital where the ư opens it ("Ước").
  const u = (onset: string | undefined, next: string) =>
    isUpper(word) || (!onset && /\p{Lu}/u.test(next)) ? "Ư" : "ư";
  let m = LOST_BEFORE_O.exec(word) ?? LOST_IN_WORD.exec(word) ?? LOST_BEFORE_NG.exec(word);
  if (m) {
    const [, onset = "", o, rest = ""] = m;
    // The capital moves to the ư when it opens the word: "Ớc" → "Ước".
    const opens = !onset && !isUpper(word) && /\p{Lu}/u.test(o!);
    return `${onset}${u(onset, o!)}${opens ? o!.toLowerCase() : o}${rest}`;
  }
  if ((m = LOST_BEFORE_U.exec(word)) && (m[1] || letterIsWord)) return `${m[1]}${u(m[1], m[2]!)}${m[2]}`;
  // An onset alone is a word only inside a sentence: at a line's start it is a list's letter.
  if (ONSET_ONLY.test(word) && (word.length > 1 ? inSentence : letterIsWord)) return `${word}${u(word, "")}`;
  return word;
}

/** A text's words with their ư put back; `changed` hears each word that was. */
function restoreText(text: string, changed: () => void): string {
  const words = [...text.matchAll(WORD)];
  const spaceOnly = (from: number, to: number) => /^\s+$/u.test(text.slice(from, to));
  let out = "";
  let from = 0;
  words.forEach((m, i) => {
    const [word] = m;
    const at = m.index;
    const end = at + word.length;
    const prev = words[i - 1];
    const next = words[i + 1];
    const before = prev && spaceOnly(prev.index + prev[0].length, at) ? prev[0] : null;
    const after = next && spaceOnly(end, next.index) ? next[0] : null;
    const listLetter = text[end] === ")";
    const inSentence = !listLetter && (before !== null || after !== null);
    const letterIsWord =
      inSentence && [before, after].every((w) => w === null || w.length > 1) && (prev || next) !== undefined;
    const fixed = restoreWord(word, { inSentence, letterIsWord });
    if (fixed !== word) changed();
    out += text.slice(from, at) + fixed;
    from = end;
  });
  return out + text.slice(from);
}

/**
 * Where the line broke inside such a word, the maker drew the soft hyphen as a hyphen: "tr-" ⏎ "ờng".
 * An onset alone before it is no word, so the hyphen is the ư: the onset moves down to its word.
 */
const ONSET_HYPHEN = /\s(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])-$/iu;
const OPENS_WITH_RHYME = /^[ơờớởỡợ](?:ng|c|u|i|n|m|p|t)?(?!\p{L})/iu;

function rejoinBrokenWords(lines: SourceText["lines"]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = ONSET_HYPHEN.exec(lines[i]!.text);
    const next = lines[i + 1]!;
    if (!m || !OPENS_WITH_RHYME.test(next.text)) continue;
    lines[i]!.text = lines[i]!.text.slice(0, m.index);
    next.text = `${m[1]}${isUpper(`${m[1]}${next.text.split(/\s/)[0]}`) ? "Ư" : "ư"}${next.text}`;
  }
}

/** Whether the texts lost their bare ư: rhymes that need one, and (next to) no ư anywhere. */
export function lostBareU(texts: readonly string[]): boolean {
  let lost = 0;
  let kept = 0;
  for (const text of texts)
    for (const [word] of text.matchAll(WORD)) {
      if (HAS_U.test(word)) kept++;
      else if (LOST_BEFORE_O.test(word)) lost++;
    }
  return lost >= MIN_LOST && kept <= lost * MAX_KEPT_SHARE;
}

/** Puts back the bare ư a TCVN3 text lost on its way to a PDF, with a note saying how many words. */
export function restoreLostU(source: SourceText, report: Reporter): void {
  if (!lostBareU(sourceTexts(source))) return;
  let words = 0;
  rejoinBrokenWords(source.lines);
  const first = source.lines.find((l) => restoreText(l.text, () => {}) !== l.text);
  rewriteSourceTexts(source, (text) => restoreText(text, () => words++));
  report.info(
    "legacy-lost-u",
    `${words} word(s) had lost their "ư" (TCVN3 prints it with the soft hyphen's code, which the PDF's maker did not draw): put back`,
    { line: first?.n ?? 1 },
  );
}
