/**
 * TCVN3 puts "ư" on the byte 0xAD, which Unicode calls the soft hyphen: a font's character map
 * gives U+00AD for it, and pdf.js leaves every such glyph out of a page's text content as an
 * invisible format mark. A TCVN3 PDF then reads "bíc", "l­îng", "Ch¬ng" without their "ư" ("bước",
 * "lượng", "Chương"), one of the language's commonest letters. The operator list still draws each
 * glyph: its letters, in the order the text content gives them, are the text with those marks.
 */

/** What pdf.js may leave out of the text content, or stand for by a break between items. */
const LEFT_OUT = /[\s\p{Cf}]/u;
const SOFT_HYPHEN = "\u00ad";

/**
 * The glyph letters a page draws, in drawing order: each text-drawing operation's glyphs (numbers in
 * its arguments are kerning).
 */
export function drawnText(
  ops: { fnArray: number[]; argsArray: unknown[][] },
  textOps: readonly number[],
): string {
  const out: string[] = [];
  ops.fnArray.forEach((fn, i) => {
    if (!textOps.includes(fn)) return;
    for (const glyph of (ops.argsArray[i]![0] as unknown[]) ?? [])
      if (glyph && typeof glyph === "object" && "unicode" in glyph) out.push(String(glyph.unicode));
  });
  return out.join("");
}

/** pdf.js's text content folds the micro sign to the Greek letter (TCVN3's "à"): the same glyph. */
const same = (shown: string, drawn: string) => shown === drawn || (shown === "μ" && drawn === "µ");

/**
 * The text content's items with the soft hyphens the drawing has put back where they stand; a mark
 * left out between two items ends the first ("đầu t" + "ư"). Null when the two do not line up
 * letter by letter (another font's ligatures, an item pdf.js made up): the items are then left as
 * they are rather than guessed at.
 */
export function withSoftHyphens(items: readonly string[], drawn: string): string[] | null {
  if (!drawn.includes(SOFT_HYPHEN)) return [...items];
  const out: string[] = [];
  let j = 0;
  for (const item of items) {
    let text = "";
    for (const ch of item) {
      let marks = "";
      while (j < drawn.length && !same(ch, drawn[j]!) && LEFT_OUT.test(drawn[j]!)) {
        if (drawn[j] === SOFT_HYPHEN) marks += SOFT_HYPHEN;
        j++;
      }
      if (j < drawn.length && same(ch, drawn[j]!)) j++;
      // Not drawn: only a space pdf.js put between words drawn apart may be.
      else if (!/\s/.test(ch)) return null;
      if (marks && !text && out.length) out[out.length - 1] += marks;
      else text += marks;
      text += ch;
    }
    out.push(text);
  }
  // Marks after the last letter end the last item.
  const rest = drawn.slice(j);
  if (out.length && !/[^\s\p{Cf}]/u.test(rest)) out[out.length - 1] += rest.replace(/[^\u00ad]/gu, "");
  return out;
}
