import { isLetterSpaced, joinLetterSpaced } from "../../text/letter-spacing.js";
import type { SourceText } from "./reader.js";
import { rewriteSourceTexts } from "./source-texts.js";

/**
 * A title typed letter-spaced in a text, a Word file or a web page ("Q U Y Ế T   Đ Ị N H", "T H Ô N G
 * B Á O"): each letter is a word of its own, so the tên loại is not seen and the subject under it is
 * lost. A line or cell that is letters apart and nothing else is read as its words, as a PDF's
 * letter-spaced run already is (pdf/lines.ts); letters that make no words ("A B C D") stay apart.
 */
export function joinLetterSpacedLines(source: SourceText): void {
  rewriteSourceTexts(source, (text) => {
    if (!isLetterSpaced(text)) return text;
    const lead = /^\s*/u.exec(text)![0];
    return lead + joinLetterSpaced(text);
  });
}
