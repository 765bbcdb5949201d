import type { Confidence, MatchReason } from "../model/diff.js";
import { foldKey } from "../text/fold.js";
import type { Vector } from "./similarity.js";

/**
 * Words every programme uses whatever it is about: the action ("xây dựng", "nghiên cứu", "triển
 * khai"), the kind of product ("đề án", "báo cáo", "kế hoạch") and the addressees ("Thủ tướng Chính
 * phủ"). Two tasks that share only these are not the same task, so they weigh little in a score and
 * never count as evidence. Folded, single syllables and pairs as `terms` makes them.
 */
const GENERIC = new Set([
  "xay dung",
  "nghien cuu",
  "trien khai",
  "thuc hien",
  "to chuc",
  "tang cuong",
  "hoan thien",
  "phat trien",
  "day manh",
  "nang cao",
  "tiep tuc",
  "ban hanh",
  "sua doi",
  "bo sung",
  "de an",
  "bao cao",
  "ke hoach",
  "chuong trinh",
  "nhiem vu",
  "giai phap",
  "co che",
  "chinh sach",
  "quy dinh",
  "thu tuong",
  "chinh phu",
  "trinh thu",
  "tuong chinh",
  "co quan",
  "lien quan",
  "dia phuong",
  "thanh pho",
  "uy ban",
  "ban nhan",
  "nhan dan",
  "cac bo",
  "bo nganh",
  "theo quy",
  "quy hoach",
  "dau tu",
  "du an",
  "trong do",
  "doi voi",
  "phu hop",
  "hieu qua",
  "dam bao",
  "nghi quyet",
  "quyet dinh",
  "ket luan",
  "so",
  "cac",
  "va",
  "cua",
  "de",
  "cho",
  "tai",
  "trong",
  "theo",
  "voi",
  "ve",
  "la",
  "duoc",
  "nhung",
  "mot",
  "co",
  "khong",
  "nay",
  "do",
  "tren",
  "tu",
  "den",
  "nam",
  "giai doan",
  "ngay",
  "thang",
]);

/** The syllables of the boilerplate phrases: a word pair made only of them ("án báo" of "đề án báo cáo") is boilerplate too. */
const GENERIC_WORDS = new Set([...GENERIC].flatMap((t) => t.split(" ")));

/** Terms already judged: a diff asks about the same few thousand terms for every item. */
const generic = new Map<string, boolean>();

export function isGeneric(term: string): boolean {
  let yes = generic.get(term);
  if (yes === undefined) {
    if (generic.size >= 100_000) generic.clear();
    yes = GENERIC.has(term) || (term.includes(" ") && term.split(" ").every((w) => GENERIC.has(w)));
    generic.set(term, yes);
  }
  return yes;
}

/** Made only of boilerplate syllables ("án báo", "cáo", "tướng"): it may weigh, but opens no candidate. */
export function isBoilerplate(term: string): boolean {
  return term.split(" ").every((w) => GENERIC_WORDS.has(w));
}

/**
 * Terms that name something: a capitalised word inside a sentence ("cảng Lạch Huyện", "đảo Cát Bà",
 * "sông Hồng"), a number or a document number. A name shared by two tasks says they are about the
 * same thing far more than shared verbs do. Lines printed all in capitals name nothing this way.
 */
export function namedTerms(text: string): Set<string> {
  const out = new Set<string>();
  if (!/\p{Ll}/u.test(text)) return out;
  let sentenceStart = true;
  // Only the words that name are folded: most words of a text are not (folding all cost a third of a diff).
  for (const w of text.normalize("NFC").trim().split(/\s+/)) {
    const bare = w.replace(/^[("“'‘[]+|[)"”'’\].,;:!?]+$/g, "");
    if (/^\d/.test(bare) || (!sentenceStart && /^\p{Lu}\p{Ll}/u.test(bare)))
      out.add(foldKey(bare).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
    sentenceStart = bare === "" ? sentenceStart : /[.:;!?]$/.test(w);
  }
  return out;
}

/**
 * What a match rests on: the runs of words both sides share ("cầu Tân Vũ - Lạch Huyện 2", "đảo Bạch
 * Long Vĩ"), as printed in the new text, weightiest first. A run counts only through its
 * distinctive terms: a run of boilerplate ("xây dựng Đề án báo cáo") is no evidence.
 */
export function sharedEvidence(a: Vector, b: Vector, printed: string, max = 4): string[] {
  const [words, folded] = wordsAndKeys(printed);
  // Positions of the words that carry letters or digits; a lone "-" or "–" sits inside a run.
  const at: number[] = [];
  const keys: string[] = [];
  folded.forEach((key, k) => {
    if (key) {
      at.push(k);
      keys.push(key);
    }
  });
  const inBoth = (term: string): boolean => a.weights.has(term) && b.weights.has(term);
  const weight = (term: string): number =>
    inBoth(term) && !isGeneric(term) ? Math.min(a.weights.get(term)!, b.weights.get(term)!) : 0;
  const runs: { text: string; weight: number }[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < keys.length;) {
    if (!inBoth(keys[k]!)) {
      k++;
      continue;
    }
    let end = k + 1;
    let w = weight(keys[k]!);
    // A run goes on while the word pair itself is shared, and stops at a readable length.
    while (
      end < keys.length &&
      end - k < MAX_RUN &&
      inBoth(keys[end]!) &&
      inBoth(`${keys[end - 1]} ${keys[end]}`)
    ) {
      w += weight(keys[end]!) + weight(`${keys[end - 1]} ${keys[end]}`);
      end++;
    }
    const text = words
      .slice(at[k], at[end - 1]! + 1)
      .join(" ")
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    const key = keys.slice(k, end).join(" ");
    if (w > 0 && !seen.has(key)) {
      seen.add(key);
      runs.push({ text, weight: w });
    }
    k = end;
  }
  return runs
    .sort((x, y) => y.weight - x.weight || (x.text < y.text ? -1 : 1))
    .slice(0, max)
    .map((r) => r.text);
}

/**
 * The text's words as printed and their folded keys without edge punctuation. The whole text is
 * folded once (folding word by word cost most of a diff's time); folding keeps every space, so the
 * two splits line up.
 */
function wordsAndKeys(text: string): [string[], string[]] {
  const words = text.normalize("NFC").trim().split(/\s+/);
  const keys = foldKey(text.normalize("NFC"))
    .split(" ")
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
  return keys.length === words.length
    ? [words, keys]
    : [words, words.map((w) => foldKey(w).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))];
}

/** Words in one piece of evidence: enough for "Trung tâm Hỗ trợ khởi nghiệp", short enough to read. */
const MAX_RUN = 7;

/**
 * How far a reader can rely on a match: identical text, or most of the weight shared, is high;
 * a match that rests on position with few shared words, or just above the threshold, is low.
 */
export function confidenceOf(score: number, reason: MatchReason, evidence: number): Confidence {
  // Children vote for a heading whose own words differ: a reader should glance at it.
  if (reason === "children") return score >= 0.75 ? "medium" : "low";
  if (reason === "identical" || reason === "field" || score >= 0.75) return "high";
  if (score >= 0.55 && evidence > 0) return "medium";
  return "low";
}
