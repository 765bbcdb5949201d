import { isBlankCode } from "./blank-code.js";

/**
 * `text.split(/\s+/).length <= n`, without splitting a whole paragraph to learn it: the tests of
 * how a line opens ask this of every paragraph, and most are far longer than `n` words. Counted by
 * character codes: a regular expression here was made anew on every call (1.3 ms of a 280 KB text).
 */
export function atMostWords(text: string, n: number): boolean {
  if (n < 1) return false;
  let count = 1;
  let inGap = false;
  for (let i = 0; i < text.length; i++) {
    const blank = isBlankCode(text.charCodeAt(i));
    if (blank && !inGap && ++count > n) return false;
    inGap = blank;
  }
  return true;
}
