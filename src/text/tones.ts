/**
 * Vietnamese prints the tone of "oa", "oe", "uy" at the end of a syllable in two styles: "hoà, khoẻ,
 * thuỷ" (old) and "hòa, khỏe, thủy" (new). Both are correct and both appear in official documents,
 * often within one file, so comparisons bring every such syllable to the new style. "qu" is a
 * consonant ("quý" stays), and a syllable with a final consonant ("hoàng", "khoảng") has one style only.
 */
const TONE = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";
const OLD_STYLE = new RegExp(`(?<![qQ])([oO][aAeE]|[uU][yY])(${TONE})(?![\\p{L}\\p{M}])`, "gu");

/**
 * What an old-style syllable looks like composed: o or u, then a, e or y carrying a tone, then no
 * letter. A text without one, and without a loose combining mark, has nothing to move (most texts:
 * the full path decomposed and recomposed every one of them).
 */
const MAYBE_OLD_STYLE = /[oOuU][àáãảạèéẽẻẹỳýỹỷỵÀÁÃẢẠÈÉẼẺẸỲÝỸỶỴ](?![\p{L}\p{M}])|[\u0300-\u036f]/u;

export function normalizeTonePlacement(s: string): string {
  if (!MAYBE_OLD_STYLE.test(s)) return s.normalize("NFC");
  return s
    .normalize("NFD")
    .replace(OLD_STYLE, (_m, pair: string, tone: string) => `${pair[0]}${tone}${pair[1]}`)
    .normalize("NFC");
}
