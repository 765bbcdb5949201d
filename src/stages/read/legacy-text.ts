import type { Reporter } from "../../model/reporter.js";
import { convertLegacyLines, detectLegacyEncoding } from "../../text/legacy-encoding.js";

/** Text whose lines were typed in TCVN3 or VNI fonts, converted to Unicode, with a note saying so. */
export function fixLegacyText(text: string, report: Reporter): string {
  const lines = text.split("\n");
  const encoding = detectLegacyEncoding(lines);
  if (!encoding) return text;
  const fixed = convertLegacyLines(lines, encoding);
  const changed = fixed.filter((l, i) => l !== lines[i]).length;
  report.info(
    "legacy-encoding",
    `${changed} line(s) typed in ${encoding.toUpperCase()} fonts converted to Unicode`,
    { line: 1 },
  );
  return fixed.join("\n");
}
