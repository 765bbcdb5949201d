import type { Block, TextBlock } from "../../model/block.js";
import { matchMarkers } from "../../text/markers.js";

/** A number alone on its line: "3.", "2.1." (two digits at most a level, so no year). */
const BARE_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2})*\.\s*$/u;

/**
 * A numbered item whose number stands alone and whose text opens the next paragraph ("3." ⏎ "Từ
 * ngày 01 tháng 11 năm 2020, …"): a web page's list item left empty, a PDF export's label set apart.
 * The two become one block, so the item keeps its number; both source lines stay its own.
 */
export function joinBareNumbers(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (b.kind === "text" && !b.heading && BARE_NUMBER.test(b.text) && opensItemText(next)) {
      const label = b.text.trim();
      const shift = label.length + 1;
      out.push({
        ...next,
        text: `${label} ${next.text}`,
        lines: [...b.lines, ...next.lines],
        ...(next.footnoteRefs
          ? { footnoteRefs: next.footnoteRefs.map((r) => ({ ...r, offset: r.offset + shift })) }
          : {}),
      });
      i++;
    } else out.push(b);
  }
  return out;
}

/** Text an item can hold: a sentence opening in a capital, itself no numbered or bulleted line. */
function opensItemText(b: Block | undefined): b is TextBlock {
  return b?.kind === "text" && !b.heading && /^\p{Lu}/u.test(b.text.trim()) && !matchMarkers(b.text).length;
}
