/**
 * Letter points follow the Vietnamese alphabet: a b c d đ e g h i k l m n o p q r s t u v x y
 * (no f, j, w, z). Sequence checks use this order, not character codes.
 */
export const POINT_LETTERS = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
] as const;

/** 1-based position of a point letter, or null for letters Vietnamese points do not use. */
export function letterOrdinal(letter: string): number | null {
  const i = (POINT_LETTERS as readonly string[]).indexOf(letter.toLowerCase());
  return i < 0 ? null : i + 1;
}
