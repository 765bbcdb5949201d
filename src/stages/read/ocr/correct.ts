import { foldKey } from "../../../text/fold.js";
import { type Lexicon, lexicon } from "./lexicon.js";

/** A word OCR misread and what it now reads. */
export interface OcrCorrection {
  from: string;
  to: string;
}

/** The tone marks; a syllable differing only in where its tone sits ("hòa", "hoà") is the same word. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const untoned = (s: string) => {
  const d = s.normalize("NFD");
  return `${d.replace(TONE_MARKS, "").normalize("NFC")}|${(d.match(TONE_MARKS) ?? []).join("")}`;
};

/** A syllable met this often in the samples is a reading one neighbour alone does not overturn. */
const COMMON = 3;

/**
 * Tesseract's Vietnamese model misreads diacritics above all: "Kiêm tra" for "Kiểm tra", "vật liệu
 * nỗ" for "nổ", "QUYÉT" for "QUYẾT". A word is replaced by another with the same letters and other
 * diacritics only when it forms no known pair with either neighbour and exactly one such word does
 * (a dictionary word or a pair seen in the samples); a common syllable needs both neighbours, a
 * capitalised word inside a line (a name) is left alone unless it makes a province's name, and đ
 * never becomes d. Measured on three
 * signed PDFs whose text versions exist (4 400 words): words not in the true text 208 → 100, 11
 * right words changed.
 */
export function correctOcrLine(words: string[], lex: Lexicon = lexicon()): OcrCorrection[] {
  const tokens: { word: number; start: number; text: string; lower: string }[] = [];
  words.forEach((w, word) => {
    for (const m of w.matchAll(/[\p{L}\p{N}]+/gu))
      tokens.push({ word, start: m.index, text: m[0], lower: m[0].toLowerCase() });
  });
  const known = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && (lex.pairs.has(`${a} ${b}`) || lex.counts.has(`${a} ${b}`));
  const support = (c: string, prev?: string, next?: string) =>
    Number(known(prev, c)) + Number(known(c, next));
  const changes: { index: number; to: string }[] = [];
  tokens.forEach((t, i) => {
    if (!/^\p{L}+$/u.test(t.lower)) return;
    const prev = tokens[i - 1]?.lower;
    const next = tokens[i + 1]?.lower;
    if (support(t.lower, prev, next) > 0) return;
    const same = untoned(t.lower);
    const candidates = (lex.byKey.get(foldKey(t.lower)) ?? []).filter(
      (c) => c !== t.lower && untoned(c) !== same && c.includes("đ") === t.lower.includes("đ"),
    );
    const scored = candidates.map((c) => ({ c, s: support(c, prev, next) })).filter((x) => x.s > 0);
    if (!scored.length) return;
    const best = Math.max(...scored.map((x) => x.s));
    const top = scored.filter((x) => x.s === best);
    if (top.length !== 1) return;
    const valid = lex.syllables.has(t.lower);
    if (valid && (lex.counts.get(t.lower) ?? 0) >= COMMON && best < 2) return;
    const capitalised = /^\p{Lu}/u.test(t.text) && t.text !== t.text.toUpperCase();
    const name = (a?: string, b?: string) =>
      a !== undefined && b !== undefined && lex.namePairs.has(`${a} ${b}`);
    if (valid && capitalised && i > 0 && !name(prev, top[0]!.c) && !name(top[0]!.c, next)) return;
    changes.push({ index: i, to: casedLike(t.text, top[0]!.c) });
  });
  const out: OcrCorrection[] = [];
  for (const { index, to } of changes.reverse()) {
    const t = tokens[index]!;
    const w = words[t.word]!;
    words[t.word] = w.slice(0, t.start) + to + w.slice(t.start + t.text.length);
    out.unshift({ from: t.text, to });
  }
  return out;
}

function casedLike(printed: string, word: string): string {
  if (printed.length > 1 && printed === printed.toUpperCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(printed)) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}
