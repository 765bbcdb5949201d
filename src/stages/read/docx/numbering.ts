import { type ListLevel, nextLabel } from "../list-label.js";
import { attr, child, parse, W } from "./xml.js";

function readNumbering(xml: string): Map<string, Map<number, ListLevel>> {
  const doc = parse(xml, "word/numbering.xml");
  const abstracts = new Map<string, Map<number, ListLevel>>();
  for (const a of Array.from(doc.getElementsByTagNameNS(W, "abstractNum"))) {
    const levels = new Map<number, ListLevel>();
    for (const lvl of Array.from(a.getElementsByTagNameNS(W, "lvl"))) {
      levels.set(Number(attr(lvl, "ilvl") ?? 0), {
        start: Number(attr(child(lvl, "start"), "val") ?? 1),
        format: attr(child(lvl, "numFmt"), "val") ?? "decimal",
        text: attr(child(lvl, "lvlText"), "val") ?? "",
      });
    }
    abstracts.set(attr(a, "abstractNumId") ?? "", levels);
  }
  const nums = new Map<string, Map<number, ListLevel>>();
  for (const num of Array.from(doc.getElementsByTagNameNS(W, "num"))) {
    const base = abstracts.get(attr(child(num, "abstractNumId"), "val") ?? "");
    if (!base) continue;
    const levels = new Map([...base].map(([k, v]) => [k, { ...v }]));
    for (const o of Array.from(num.getElementsByTagNameNS(W, "lvlOverride"))) {
      const lvl = levels.get(Number(attr(o, "ilvl") ?? 0));
      const start = attr(child(o, "startOverride"), "val");
      if (lvl && start !== null) lvl.start = Number(start);
    }
    nums.set(attr(num, "numId") ?? "", levels);
  }
  return nums;
}

/**
 * Word's automatic numbering ("Điều 1.", "1.", "a)") lives in numbering.xml, not in the text, and
 * mammoth renders such paragraphs as list items without their numbers. This writes each number into
 * its paragraph as text (counting per list and level, lower levels restarting, lvlText such as
 * "Điều %1." or "%1.%2."), and removes the list marking, so the numbers read as printed.
 * Returns whether it changed anything.
 */
export function restoreNumbering(doc: Document, numberingXml: string): boolean {
  const nums = readNumbering(numberingXml);
  const counters = new Map<string, number[]>();
  let changed = false;
  for (const p of Array.from(doc.getElementsByTagNameNS(W, "p"))) {
    const pPr = child(p, "pPr");
    const numPr = pPr && child(pPr, "numPr");
    if (!pPr || !numPr) continue;
    const numId = attr(child(numPr, "numId"), "val") ?? "";
    const ilvl = Number(attr(child(numPr, "ilvl"), "val") ?? 0);
    const levels = nums.get(numId);
    const level = levels?.get(ilvl);
    // numId 0 means "no numbering"; an unknown list is left to mammoth.
    if (!levels || !level) continue;
    const count = counters.get(numId) ?? [];
    counters.set(numId, count);
    const label = nextLabel(levels, count, ilvl);
    pPr.removeChild(numPr);
    changed = true;
    if (!label) continue;
    const run = doc.createElementNS(W, "w:r");
    const t = doc.createElementNS(W, "w:t");
    t.setAttribute("xml:space", "preserve");
    t.appendChild(doc.createTextNode(`${label} `));
    run.appendChild(t);
    p.insertBefore(run, pPr.nextSibling);
  }
  return changed;
}
