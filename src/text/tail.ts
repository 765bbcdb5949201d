/**
 * The last `n` UTF-16 units of a text. A pattern anchored at the end (`/[-/]$/`) is still tried from
 * every position of what it tests, so a text that grows in a loop (a paragraph as its lines join, a
 * cell as its lines do) is tested on its tail: one whole-text test per step made the loop quadratic.
 * `n` must cover what the pattern can match: a letter outside the BMP takes two units.
 */
export function tail(text: string, n = 4): string {
  return text.length > n ? text.slice(-n) : text;
}
