/**
 * `text.split(/\s+/).length <= n`, without splitting a whole paragraph to learn it: the tests of
 * how a line opens ask this of every paragraph, and most are far longer than `n` words.
 */
export function atMostWords(text: string, n: number): boolean {
  if (n < 1) return false;
  const gaps = /\s+/g;
  let count = 1;
  while (gaps.exec(text)) if (++count > n) return false;
  return true;
}
