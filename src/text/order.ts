/**
 * Strings in code-point order: the same on every machine. `localeCompare` follows the ICU locale of
 * the process (LANG), so the order of outputs could change with where vanban runs, and its first call
 * loads the collator (about 9 ms of a cold start).
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
