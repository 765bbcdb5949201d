const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Parses a Roman numeral (I … C range used for sections and appendices); null if malformed. */
export function parseRoman(s: string): number | null {
  const u = s.toUpperCase();
  if (!/^[IVXLC]+$/.test(u)) return null;
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = VALUES[u[i]!]!;
    const next = i + 1 < u.length ? VALUES[u[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === u ? total : null;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [v, r] of table) {
    while (rest >= v) {
      out += r;
      rest -= v;
    }
  }
  return out;
}
