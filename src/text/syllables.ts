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

/** Whether `before` (ending in a word) and `after` (starting with one) are the two halves of one syllable. */
export function splitSyllable(before: string, after: string): boolean {
  const last = /(?:^|[\s(“"'‘-])([\p{L}\p{M}]+)$/u.exec(before)?.[1];
  return last !== undefined && onlyVowels(last) && /\p{M}/u.test(last.normalize("NFD")) && ENDING.test(after);
}

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
