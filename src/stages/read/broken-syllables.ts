import type { Reporter } from "../../model/reporter.js";
import { lexicon } from "./ocr/lexicon.js";
import type { SourceText } from "./reader.js";
import { rewriteSourceTexts } from "./source-texts.js";

/**
 * Syllables parted around a marked vowel: a portal's page set the letter in an element of its own
 * and the scrape left a space on each side ("Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022", "CHỦ TỊCH Đặ
 * ng Văn Minh", "Thương binh và X ã hội"), or an old PDF's text layer cut a word before its marked
 * vowel ("Chính phủ đã tập trung ch ỉ đạo", "v ẫn duy trì"). The place, the date and the signer's
 * name are lost with them. Two shapes are rejoined, each only when the whole is a dictionary word:
 * - an onset alone, then the marked vowel and what follows it ("Qu ả ng", "X ã", "th úc", "v ẫn"). A
 *   lone small letter may be a point's label ("điểm b ở trên"): it joins a piece that is a word itself
 *   ("ý", "ở") only where the whole pairs with the word before it ("quản lý"), and never after "điểm";
 * - a syllable cut after its marked vowel, then an ending that is no word ("Đặ ng").
 * (PDF lines already join the cut that a decomposed mark leaves after a vowel: text/syllables.ts.)
 */
const VOWEL = "[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]";
const MARKED = "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]";
const ONSET = "(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnprstvx])";
const ENDING = "(?:ng|nh|ch|[cmnpt])";
const SHAPES = new RegExp(
  `(?<![\\p{L}\\d])(?:(${ONSET}) (${VOWEL}*${MARKED}${VOWEL}*${ENDING}?)(?: (${ENDING}))?|(\\p{L}*${MARKED}) (${ENDING}))(?![\\p{L}])`,
  "giu",
);

/**
 * What either shape needs, looked for first without the Unicode and case flags: a marked vowel after
 * a space and a word of three letters at most, or before a space and an ending. The full expression
 * costs 10 ms on the 285 KB report; this look, 1.5 ms, and few lines pass it.
 */
const MARKED_ANY = MARKED.replace("]", `${MARKED.slice(1, -1).toUpperCase()}]`);
const LIKELY = new RegExp(
  `${MARKED_ANY} (?:ng|nh|ch|NG|NH|CH|[cmnptCMNPT])(?![A-Za-zĐđ]|${MARKED_ANY})|(?:^|[^A-Za-zĐđ${MARKED_ANY.slice(1, -1)}])[A-Za-zĐđ]{1,3} [aeiouyAEIOUY]*${MARKED_ANY}`,
);

export function joinBrokenSyllables(source: SourceText, report: Reporter): void {
  let count = 0;
  const before = source.lines.map((l) => l.text);
  rewriteSourceTexts(source, (text) => {
    if (!LIKELY.test(text)) return text;
    return text.replace(
      SHAPES,
      (
        all,
        onset: string | undefined,
        rest: string,
        ending: string | undefined,
        cut: string,
        end: string,
        at: number,
      ) => {
        const whole = onset ? joinOnset(onset, rest, ending, text.slice(0, at)) : joinCut(cut, end);
        if (whole === null) return all;
        count++;
        return whole;
      },
    );
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

function joinOnset(onset: string, rest: string, ending: string | undefined, before: string): string | null {
  // A lone small letter may be a point's label: "điểm b ở trên".
  if (onset.length === 1 && onset === onset.toLowerCase()) {
    if (/(?:^|\s)điểm\s*$/iu.test(before)) return null;
    // A piece that is a word itself ("ý") joins only where the whole pairs with the word before it
    // in the dictionary ("quản l ý" → "quản lý").
    const previous = /(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase();
    if (isWord(rest) && !(previous && lexicon().pairs.has(`${previous} ${(onset + rest).toLowerCase()}`)))
      return null;
  }
  if (ending && isWord(onset + rest + ending)) return onset + rest + ending;
  if (!isWord(onset + rest)) return null;
  return ending ? `${onset}${rest} ${ending}` : onset + rest;
}

function joinCut(cut: string, end: string): string | null {
  return !isWord(cut) && isWord(cut + end) ? cut + end : null;
}
