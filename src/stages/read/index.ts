import { z } from "zod";
import { fixLegacyLines } from "./legacy-lines.js";
import { readGlyphNumbers } from "./glyph-numbers.js";
import { joinBrokenSyllables } from "./broken-syllables.js";
import { joinLetterSpacedLines } from "./letter-spaced-lines.js";
import { restoreLostU } from "./lost-u.js";
import { restoreSourceCapitals } from "./lost-capitals.js";
import { fixSymbolLetters } from "./symbol-letters.js";
import type { Blocks } from "../../model/block.js";
import { SourceFormat } from "../../model/block.js";
import type { Reporter } from "../../model/reporter.js";
import type { Stage } from "../../model/stage.js";
import { assemble } from "./assemble/index.js";
import { DEFAULT_READ_LIMITS, type SourceText } from "./reader.js";
import { readerFor } from "./registry.js";

import { InputError } from "./input-error.js";

export { InputError } from "./input-error.js";
export type { OcrMode, Reader, ReaderOptions, ReadLimits, SourceText } from "./reader.js";
export type { ReaderEntry } from "./registry.js";
export { DEFAULT_READ_LIMITS } from "./reader.js";
export { READERS, formatInBytes, formatOf, formatOfBytes, isDocumentName, readerFor } from "./registry.js";

export const ReadOptions = z.object({
  format: SourceFormat,
  ocr: z
    .enum(["auto", "on", "off"])
    .default("auto")
    .describe("PDF pages without text layer: OCR when installed, required, or never."),
  limits: z
    .object({
      maxPages: z.number().int().positive(),
      maxInflatedBytes: z.number().int().positive(),
      maxDepth: z.number().int().positive(),
      maxLineLength: z.number().int().positive(),
    })
    .default(DEFAULT_READ_LIMITS)
    .describe("What a reader refuses to go past: PDF pages, DOCX inflated bytes, nesting, line length."),
});
export type ReadOptions = z.input<typeof ReadOptions>;

/** A format's reader alone, before assembly: what tests and tools inspect line by line. */
export async function readSource(
  bytes: Uint8Array,
  format: SourceFormat,
  report: Reporter,
  ocr: ReadOptions["ocr"] = "auto",
): Promise<SourceText> {
  return (await readerFor(format)).read(bytes, { ocr: ocr ?? "auto", limits: DEFAULT_READ_LIMITS }, report);
}

/** A line longer than any real document's: the document is refused with its line number. */
function checkLineLength(source: SourceText, max: number): void {
  for (const line of source.lines)
    if (line.text.length > max)
      throw new InputError(
        `line ${line.n} holds ${line.text.length} characters, over the limit of ${max} (--max-line)`,
      );
}

/**
 * read: bytes → blocks. The format's reader turns the source into normalised lines (and the grids it
 * saw); one format-blind assembly turns them into blocks with line provenance. After this stage no
 * one asks which format a document came from.
 */
export const readStage: Stage<Uint8Array, Blocks, ReadOptions> = {
  id: "read",
  version: "1.5.0",
  options: ReadOptions,
  async run(bytes, options, { report, progress }) {
    const reader = await readerFor(options.format);
    const limits = options.limits ?? DEFAULT_READ_LIMITS;
    const source = await reader.read(bytes, { ocr: options.ocr ?? "auto", limits, progress }, report);
    checkLineLength(source, limits.maxLineLength);
    readGlyphNumbers(source, report);
    // A text read as TCVN3 here may hold the symbols a half conversion left too ("t−ớng").
    const legacy = fixLegacyLines(source, report) ?? source.legacy;
    fixSymbolLetters(source, report, legacy === "tcvn3");
    if (legacy === "tcvn3" || source.drawnInTcvn3) restoreLostU(source, report);
    if (source.drawnInTcvn3) restoreSourceCapitals(source);
    // After the legacy conversion: a TCVN3 title's letters are judged as the syllables they make.
    joinLetterSpacedLines(source);
    joinBrokenSyllables(source, report);
    return assemble(source, options.format, reader.assembly, report);
  },
};
