import { tail } from "./tail.js";

/**
 * Vietnamese syllables cut in two by producers of decomposed (NFD) text: the marks are glyphs of
 * their own, so a PDF's text shows a step back as a space ("ứ ng", "ươ ng", "Ủ y", "á n") and a line
 * may even break there ("đáp ứ" / "ng nhu cầu"). A syllable that opens with a vowel and is cut right
 * after its vowels, the rest being only a syllable ending (ng, nh, ch, n, m, p, t, c or a closing
 * vowel), is one syllable: a real word break never leaves such an ending on its own.
 */
const ENDING = /^(ng|nh|ch|n|m|p|t|c|u|y|i|o)(?=[\s.,;:…)”"]|$)/iu;

/** The word is only vowels (with any marks): "ứ", "ươ", "Ủ", "á". */
function onlyVowels(word: string): boolean {
  return /^[aeiouy]{1,2}$/i.test(word.normalize("NFD").replace(/\p{M}/gu, ""));
}

/**
 * Whether `before` (ending in a word) and `after` (starting with one) are the two halves of one
 * syllable. Only the end of `before` is searched: it is a whole paragraph when lines are joined.
 */
export function splitSyllable(before: string, after: string): boolean {
  const end = tail(before, TAIL);
  const last = /(?:^|[\s(“"'‘-])([\p{L}\p{M}]+)$/u.exec(end)?.[1];
  // A word that fills the tail may go on before it, and has too many letters to be vowels only.
  if (last === undefined || (last.length === end.length && end.length < before.length)) return false;
  return onlyVowels(last) && /\p{M}/u.test(last.normalize("NFD")) && ENDING.test(after);
}

/** More UTF-16 units than two vowels with two marks each, decomposed, take. */
const TAIL = 12;

/** Rejoins the cut syllables of one line ("Chủ tịch Ủ y ban" → "Chủ tịch Ủy ban"). */
export function joinSplitSyllables(text: string): string {
  const parts = text.split(/(\s+)/);
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const next = parts[i + 1] ?? "";
    out += splitSyllable(out, next) ? next : parts[i]! + next;
  }
  return out;
}
