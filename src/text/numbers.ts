/**
 * Vietnamese numbers: "." groups thousands and "," is the decimal mark. "9.486" = 9486,
 * "12,50" = 12.5, "118.079,279" = 118079.279. A lone "9,866" is 9.866 (a decimal, not a thousands group).
 */
export function parseVietnameseNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s+/g, "");
  if (!/^[+-]?\d/.test(s)) return null;
  // Thousands groups of exactly three digits, an optional decimal part after ",".
  const grouped = /^([+-]?)(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(s);
  if (grouped)
    return Number(`${grouped[1]}${grouped[2]!.replace(/\./g, "")}${grouped[3] ? "." + grouped[3] : ""}`);
  const plain = /^([+-]?)(\d+)(?:,(\d+))?$/.exec(s);
  if (plain) return Number(`${plain[1]}${plain[2]}${plain[3] ? "." + plain[3] : ""}`);
  return null;
}
