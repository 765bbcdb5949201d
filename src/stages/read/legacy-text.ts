import type { Reporter } from "../../model/reporter.js";
import type { LegacyEncoding } from "../../text/legacy-encoding.js";
import { legacyReading, reportLegacy } from "./legacy-lines.js";
import { restoreLostCapitals } from "./lost-capitals.js";
import { countSymbols, fixSymbols, reportSymbols } from "./symbol-letters.js";

/** A text read as TCVN3 may hold the symbols a half conversion left too ("t−ớng", "x∙ hội"). */
function withLetters(lines: string[], report: Reporter): string[] {
  const counts = lines.map(countSymbols);
  const seen = counts.reduce((a, b) => a + b, 0);
  if (!seen) return lines;
  reportSymbols(report, seen, counts.findIndex((n) => n > 0) + 1);
  return lines.map(fixSymbols);
}

/**
 * Text whose lines were typed in TCVN3 or VNI fonts, converted to Unicode, with a note saying so.
 * Plain text is converted before its lines are read: the layout's formulas ("CỘNG HÒA XÃ HỘI …"
 * beside the issuer) are recognised only in Unicode, TCVN3 gives "ạ" the code of a superscript
 * one (no footnote marker) and "ư" the soft hyphen's (no invisible character).
 */
export function fixLegacyText(
  text: string,
  report: Reporter,
): { text: string; legacy: LegacyEncoding | undefined } {
  const lines = text.split(/\r\n|\n|\r/);
  const legacy = legacyReading(lines, false);
  if (!legacy) return { text, legacy: undefined };
  const converted = lines.map(legacy.fix);
  const fixed = legacy.encoding === "tcvn3" ? restoreLostCapitals(withLetters(converted, report)) : converted;
  const changed = fixed.flatMap((l, i) => (l !== lines[i] ? [i + 1] : []));
  reportLegacy(report, legacy.encoding, changed.length, changed[0] ?? 1);
  return { text: fixed.join("\n"), legacy: legacy.encoding };
}
