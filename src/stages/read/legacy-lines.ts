import type { Reporter } from "../../model/reporter.js";
import {
  convertLegacyLines,
  detectLegacyEncoding,
  type LegacyEncoding,
  mayBeLegacy,
  readsAsVietnamese,
} from "../../text/legacy-encoding.js";
import type { SourceText } from "./reader.js";
import { rewriteSourceTexts, sourceTexts } from "./source-texts.js";

/**
 * TCVN3 or VNI look-alikes in a reader's text whatever its format: a Unicode file or page that
 * kept the old text without its font ("ChÝnh phñ" in a DOCX whose runs name no font, a text copied
 * out of a .VnTime PDF, a PDF whose font was renamed). The encoding is chosen by reading, as for
 * `.doc` (legacy-encoding.ts); each line and cell is converted where it then reads better.
 */
export function fixLegacyLines(source: SourceText, report: Reporter): LegacyEncoding | null {
  const texts = sourceTexts(source);
  const legacy = legacyReading(texts, source.legacyByFont === true);
  if (!legacy) return null;
  const before = source.lines.map((l) => l.text);
  rewriteSourceTexts(source, legacy.fix);
  const changed = source.lines.filter((l, i) => l.text !== before[i]);
  reportLegacy(report, legacy.encoding, changed.length, changed[0]?.n ?? 1);
  return legacy.encoding;
}

/**
 * The legacy encoding the texts were typed in and the conversion of one text, or null when they
 * read as Unicode. `mixed`: some texts are Unicode already (a reader converted them by their fonts).
 */
export function legacyReading(
  texts: readonly string[],
  mixed: boolean,
): { encoding: LegacyEncoding; fix: (text: string) => string } | null {
  if (!mayBeLegacy(texts)) return null;
  const encoding = detectLegacyEncoding(texts);
  if (!encoding) return null;
  const fix = (t: string) => convertLegacyLines([t], encoding, mixed)[0]!;
  // Only where the text then reads as Vietnamese: mojibake of another kind gains a little and stays.
  return readsAsVietnamese(texts.map(fix).join("\n")) ? { encoding, fix } : null;
}

export function reportLegacy(report: Reporter, encoding: LegacyEncoding, lines: number, line: number): void {
  report.info(
    "legacy-encoding",
    `${lines} line(s) typed in ${encoding.toUpperCase()} fonts converted to Unicode`,
    { line },
  );
}
