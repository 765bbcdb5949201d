import type { LegalNode } from "../../model/node.js";
import { foldStart } from "../../text/fold.js";
import { walk } from "./nodes.js";

/**
 * "Kính gửi": the bodies a letter, report, submission or notice is addressed to, as printed. One
 * addressee on the label's line ("Kính gửi: Cục Hải quan"), several there apart by semicolons, or a
 * dashed list under it, one per line, a line that wraps going on in lower case ("- Ủy ban nhân dân
 * Thành phố Thủ Đức và Ủy" ⏎ "ban nhân dân các quận-huyện;"). Read before the body's first numbered
 * division only: a "Kính gửi" quoted further down names someone else's addressee.
 */
export function readAddressees(root: LegalNode): { names: string[]; line: number } | null {
  let names: string[] | null = null;
  let line = 0;
  /** The last dashed addressee has no stop yet: a line in lower case goes on with it. */
  let open = false;
  for (const node of walk(root)) {
    if (node === root || node.type === "header" || node.type === "preamble") continue;
    // A dashed line without its stop is read as the bullet's title.
    const text = [node.title, node.text].filter(Boolean).join(" ").trim();
    if (!names) {
      if (NUMBERED.has(node.type) && node.label && node.type !== "bullet") return null;
      if (node.type === "recipients" || node.type === "signature" || node.type === "appendix") return null;
      const label = LABEL.exec(text);
      if (!label || !/^kinh gui\b/.test(foldStart(text, 12))) continue;
      names = splitNames(text.slice(label[0].length));
      line = node.lines[0] ?? node.position.start.line;
      continue;
    }
    // Under the label: a dashed addressee, a wrapped one's lower-case tail, or a mark the OCR left.
    if (node.type !== "bullet" && node.type !== "paragraph") break;
    // The label alone on its line, one addressee undashed under it (a two-column header's right cell).
    if (node.type === "bullet" || (names.length === 0 && /\p{L}/u.test(text))) {
      names.push(text);
      open = !/[;.]\s*$/u.test(text);
    } else if (open && (/^\p{Ll}/u.test(text) || text.split(/\s+/u).length <= SHORT_TAIL)) {
      names[names.length - 1] += ` ${text}`;
      open = !/[;.]\s*$/u.test(text);
    } else if (/[\p{L}\d]/u.test(text)) break;
  }
  const kept = (names ?? []).map(clean).filter((n) => /\p{L}/u.test(n));
  return kept.length ? { names: kept, line } : null;
}

/** "Kính gửi:", "Kính gửi -", "Kính gởi:" (an old spelling). */
const LABEL = /^Kính\s+g[ửở]i\s*[:.\-–]?\s*/iu;

/** Words in a wrapped addressee's tail that opens in a capital ("Thành phố"): the body's first paragraph is longer. */
const SHORT_TAIL = 4;

const NUMBERED = new Set(["part", "chapter", "section", "article", "clause", "point", "item", "bullet"]);

function splitNames(rest: string): string[] {
  return rest
    .split(/;\s*|\n+/u)
    .map(clean)
    .filter((n) => n.length > 0);
}

/** An addressee without its dash and the stop after it: "- Các Sở, ban ngành Thành phố;" → "Các Sở, ban ngành Thành phố". */
function clean(name: string): string {
  return name
    .replace(/^[\s\-–—+•:.]+/u, "")
    .replace(/[\s;,.:/]+$/u, "")
    .replace(/\s+/gu, " ")
    .trim();
}
