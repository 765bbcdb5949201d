import { foldKey } from "../../../text/fold.js";
import { personName } from "../../../text/formulas.js";
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

/** A syllable met this often in the samples is a reading one neighbour alone does not overturn… */
const COMMON = 3;
/** …and one met this often stands ("nhận được" is no pair the samples hold, "pháp nhân" is a word). */
const FREQUENT = 20;
/** Corrections that feed each other along a line: three carry "HO" → "PHO" → "THANH". */
const PASSES = 4;

/**
 * Tesseract's Vietnamese model misreads diacritics above all: "Kiêm tra" for "Kiểm tra", "vật liệu
 * nỗ" for "nổ", "QUYÉT" for "QUYẾT". A word is replaced by another with the same letters and other
 * diacritics only when it forms no known pair with either neighbour and exactly one such word does
 * (a dictionary word or a pair seen in the samples); a common syllable needs both neighbours, a
 * frequent one stands, a capitalised word inside a line (a name) is left alone — one that opens a
 * printed line ("KẾ HOẠCH" / "Kiêm tra việc …") is not inside it — and đ never becomes
 * d; a word that completes a province's name ("tỉnh Đông Tháp") always becomes it.
 *
 * Measured on three signed PDFs whose text versions exist (4 262 words): words not in the true text
 * 208 → 102 in 116 changes; 8 changes turned a word of the true text into another (kho → khó).
 */
export function correctOcrLine(
  words: string[],
  lex: Lexicon = lexicon(),
  lineStarts: ReadonlySet<number> = new Set([0]),
): OcrCorrection[] {
  const numbers = [...numberingFixed(words, lineStarts), ...gluedSplit(words, lex)];
  const tokens: Token[] = [];
  words.forEach((w, word) => {
    for (const m of w.matchAll(/[\p{L}\p{N}]+/gu))
      tokens.push({
        word,
        start: m.index,
        text: m[0],
        lower: m[0].toLowerCase(),
        printed: m[0],
        opensLine: m.index === 0 && lineStarts.has(word),
      });
  });
  // Until nothing changes (at most PASSES): a word corrected gives its neighbours their context
  // ("TÍNH LAI CHẦU": CHÂU first, then TỈNH; "THANH PHO HO CHÍ MINH": HỒ, then PHỐ, then THÀNH).
  for (let pass = 0, changed = true; changed && pass < PASSES; pass++) {
    changed = false;
    tokens.forEach((t, i) => {
      if (t.text !== t.printed) return;
      const to = correction(tokens, i, lex);
      if (to) [t.text, t.lower, changed] = [casedLike(t.printed, to), to, true];
    });
  }
  const out: OcrCorrection[] = [];
  for (const t of [...tokens].reverse()) {
    if (t.text === t.printed) continue;
    const w = words[t.word]!;
    words[t.word] = w.slice(0, t.start) + t.text + w.slice(t.start + t.printed.length);
    out.unshift({ from: t.printed, to: t.text });
  }
  return [...numbers, ...out];
}

/**
 * An item's number with a stray mark OCR read between its figure and its dot ("6ó. Những vấn đề
 * khác" for "6."): no word is a figure, a letter and a dot, so at the start of a line the letter
 * goes.
 */
const STRAY_IN_NUMBER = /^(\d{1,3})\p{L}\.$/u;

function numberingFixed(words: string[], lineStarts: ReadonlySet<number>): OcrCorrection[] {
  const out: OcrCorrection[] = [];
  const fix = (i: number, to: string) => {
    out.push({ from: words[i]!, to });
    words[i] = to;
  };
  for (const i of lineStarts) {
    const m = STRAY_IN_NUMBER.exec(words[i] ?? "");
    if (m) fix(i, `${m[1]}.`);
    const next = words[i + 1];
    if (next === undefined) continue;
    const heading = foldKey(words[i]!);
    const roman = /^(chuong|muc|phan)$/.test(heading) ? romanRead(next) : null;
    const figure = heading === "dieu" ? figureRead(next) : null;
    if (roman ?? figure) fix(i + 1, (roman ?? figure)!);
  }
  return out;
}

/**
 * The surname most names carry, as tesseract reads its tilde: "Nguyên Văn Hoàng" for "Nguyễn". Asked
 * of a page's built lines (the signer's name is its own line only once the columns are parted): a
 * line that is a person's name alone, three or four words in title case, opening with such a reading
 * is put right; "Nguyên" is a given name inside a name ("Trần Nguyên Hãn") and a word of its own
 * before a title ("Nguyên Giám đốc"), and both stand. The fixed line, or null.
 */
const NGUYEN_READ = /^(?:Nguyên|Nguyen|Nguyến|Nguyền|Nguyện)$/u;

export function nameLineSurname(text: string): { text: string; from: string } | null {
  // The seal's strokes OCR read beside the name ("—", "ƒ") are no words of the line.
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}\p{L}/u.test(w));
  const first = words[0] ?? "";
  if (!NGUYEN_READ.test(first) || words.length < 3 || words.length > 4) return null;
  if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || !personName(words.join(" "))) return null;
  return { text: text.replace(first, "Nguyễn"), from: first };
}

/**
 * Two syllables OCR read without the space between them ("ỦYBAN NHÂN DÂN", "HảiPhòng"): a word that
 * is no syllable, and has a letter beyond plain Latin, is split where exactly one cut gives two
 * syllables that make a known pair.
 */
function gluedSplit(words: string[], lex: Lexicon): OcrCorrection[] {
  const out: OcrCorrection[] = [];
  words.forEach((w, i) => {
    const m = /^(\p{L}{4,})(\P{L}*)$/u.exec(w);
    if (!m) return;
    const lower = m[1]!.toLowerCase();
    // A word in plain Latin letters may be a foreign word or a code ("Email", "TNHH"): it stands.
    if (lex.syllables.has(lower) || !/[^a-z]/.test(lower)) return;
    const cuts: number[] = [];
    for (let k = 1; k < lower.length; k++) {
      const [a, b] = [lower.slice(0, k), lower.slice(k)];
      if (
        lex.syllables.has(a) &&
        lex.syllables.has(b) &&
        (lex.pairs.has(`${a} ${b}`) || lex.counts.has(`${a} ${b}`))
      )
        cuts.push(k);
    }
    if (cuts.length !== 1) return;
    const to = `${m[1]!.slice(0, cuts[0])} ${m[1]!.slice(cuts[0])}${m[2]}`;
    out.push({ from: w, to });
    words[i] = to;
  });
  return out;
}

/**
 * A chapter's Roman number as OCR reads it: "HI" for III (two strokes joined by the bar), "IlI", "Il"
 * for II, "V1" for VI. Strokes read as H, l, | or 1 are put back; what results must be a Roman number.
 */
function romanRead(word: string): string | null {
  const m = /^([IVXHl|1]+)([.:]?)$/u.exec(word);
  if (!m || !/[Hl|1]/.test(m[1]!)) return null;
  const roman = m[1]!.replace(/H/g, "II").replace(/[l|1]/g, "I");
  return /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$/.test(roman) ? roman + m[2]! : null;
}

/** An article's number with letters read for figures: "Điều l." is "Điều 1.", "Điều 1O" is "Điều 10". */
function figureRead(word: string): string | null {
  const m = /^([\dlIO|]+)([.:]?)$/u.exec(word);
  if (!m || !/[lIO|]/.test(m[1]!) || !/^[\dlI|]/.test(m[1]!)) return null;
  return m[1]!.replace(/[lI|]/g, "1").replace(/O/g, "0") + m[2]!;
}

interface Token {
  word: number;
  start: number;
  /** As it reads now; `printed` as OCR read it. */
  text: string;
  /** The first word of a printed line: capitalised there as a sentence or a subject opens, not as a name. */
  opensLine: boolean;
  lower: string;
  printed: string;
}

/** What token `i` should read instead, lower case, or null. */
function correction(tokens: Token[], i: number, lex: Lexicon): string | null {
  const t = tokens[i]!;
  if (!/^\p{L}+$/u.test(t.lower)) return null;
  const known = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && (lex.pairs.has(`${a} ${b}`) || lex.counts.has(`${a} ${b}`));
  const prev = tokens[i - 1]?.lower;
  const next = tokens[i + 1]?.lower;
  const support = (c: string) => Number(known(prev, c)) + Number(known(c, next));
  const same = untoned(t.lower);
  const candidates = (lex.byKey.get(foldKey(t.lower)) ?? []).filter(
    (c) => c !== t.lower && untoned(c) !== same && c.includes("đ") === t.lower.includes("đ"),
  );
  // "TÍNH LAI CHÂU", "tỉnh Đông Tháp": a province's whole name settles it, whatever else the word
  // pairs with ("thành phố Hạ Long" is no "Hà …": no province goes on with "Long").
  const lowers = tokens.map((x) => x.lower);
  const provinces = candidates.filter((c) => makesProvince(lowers, i, c, lex));
  if (provinces.length === 1 && !makesProvince(lowers, i, t.lower, lex)) return provinces[0]!;
  // A frequent word stands, unless the pair it would make is as frequent in the samples ("THANH PHỐ"
  // beside no word it pairs with: "thành phố").
  const seenPair = (a: string | undefined, b: string | undefined) => lex.counts.get(`${a} ${b}`) ?? 0;
  const frequentPair = (c: string) => Math.max(seenPair(prev, c), seenPair(c, next)) >= FREQUENT;
  const capitalised = /^\p{Lu}/u.test(t.printed) && t.printed !== t.printed.toUpperCase();
  if (support(t.lower) > 0) {
    // A dictionary pair the samples never print ("dân thanh", across the issuer's two lines) gives
    // way to one they print all the time ("thành phố"), when exactly one candidate makes it.
    if (seenPair(prev, t.lower) + seenPair(t.lower, next) > 0 || (capitalised && !t.opensLine)) return null;
    const strong = candidates.filter(frequentPair);
    return strong.length === 1 ? strong[0]! : null;
  }
  const scored = candidates.map((c) => ({ c, s: support(c) })).filter((x) => x.s > 0);
  if (!scored.length) return null;
  const best = Math.max(...scored.map((x) => x.s));
  const top = scored.filter((x) => x.s === best);
  if (top.length !== 1) return null;
  const valid = lex.syllables.has(t.lower);
  const seen = lex.counts.get(t.lower) ?? 0;
  if (seen >= FREQUENT && !frequentPair(top[0]!.c)) return null;
  if (valid && seen >= COMMON && best < 2 && !frequentPair(top[0]!.c)) return null;
  if (valid && capitalised && i > 0 && !t.opensLine) return null;
  return top[0]!.c;
}

/** Whether `word` in place `i` completes a province's name, or is the "tỉnh"/"phố" before a whole one. */
function makesProvince(lowers: string[], i: number, word: string, lex: Lexicon): boolean {
  const at = (k: number) => (k === i ? word : lowers[k]);
  return lex.provinces.some((name) => {
    if ((word === "tỉnh" || word === "phố") && name.every((s, k) => at(i + 1 + k) === s)) return true;
    return name.some((s, j) => s === word && name.every((x, k) => at(i - j + k) === x));
  });
}

function casedLike(printed: string, word: string): string {
  if (printed.length > 1 && printed === printed.toUpperCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(printed)) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}
