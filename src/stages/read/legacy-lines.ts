import type { Reporter } from "../../model/reporter.js";
import {
  convertLegacyLines,
  detectLegacyEncoding,
  type LegacyEncoding,
  mayBeLegacy,
  readsAsVietnamese,
} from "../../text/legacy-encoding.js";
import type { SourceText } from "./reader.js";

/**
 * TCVN3 or VNI look-alikes in a reader's text whatever its format: a Unicode file or page that
 * kept the old text without its font ("ChÝnh phñ" in a DOCX whose runs name no font, a text copied
 * out of a .VnTime PDF, a PDF whose font was renamed). The encoding is chosen by reading, as for
 * `.doc` (legacy-encoding.ts); each line and cell is converted where it then reads better.
 */
export function fixLegacyLines(source: SourceText, report: Reporter): LegacyEncoding | null {
  const cells = (source.tables ?? []).flatMap((t) => t.rows.flatMap((r) => r.cells));
  const texts = [
    ...source.lines.flatMap((l) => [l.text, ...(l.cells ?? [])]),
    ...cells.flatMap((c) => [c.text, ...(c.paragraphs ?? [])]),
  ];
  if (!mayBeLegacy(texts.join("\n"))) return null;
  const encoding = detectLegacyEncoding(texts);
  if (!encoding) return null;
  const fix = (t: string) => convertLegacyLines([t], encoding)[0]!;
  // Only where the text then reads as Vietnamese: mojibake of another kind gains a little and stays.
  if (!readsAsVietnamese(texts.map(fix).join("\n"))) return null;
  let changed = 0;
  let first: number | null = null;
  for (const line of source.lines) {
    const text = fix(line.text);
    if (text !== line.text) {
      changed++;
      first ??= line.n;
      line.text = text;
    }
    if (line.cells) line.cells = line.cells.map(fix);
  }
  for (const cell of cells) {
    cell.text = fix(cell.text);
    if (cell.paragraphs) cell.paragraphs = cell.paragraphs.map(fix);
  }
  report.info(
    "legacy-encoding",
    `${changed} line(s) typed in ${encoding.toUpperCase()} fonts converted to Unicode`,
    { line: first ?? 1 },
  );
  return encoding;
}
