import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import JSZip from "jszip";
import { type ListLevel, nextLabel } from "../list-label.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const attr = (el: Element | null | undefined, name: string): string | null =>
  el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;
const child = (el: Element, name: string): Element | null => {
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1 && (c as Element).localName === name) return c as Element;
  return null;
};

/** Thrown for a part whose XML is broken: the reader names the part instead of printing parser noise. */
export class DamagedPart extends Error {}

/**
 * xmldom prints its complaints on stderr unless given a handler: warnings are dropped (it recovers),
 * errors end the reading with the part's name and the first complaint.
 */
function parse(xml: string, part: string): Document {
  // xmldom reports a handler's throw again, wrapped: the first complaint is the one kept.
  let first: DamagedPart | null = null;
  const fail = (msg: string) => {
    const why = msg
      .replace(/^\s*\[xmldom \w+\]\s*/, "")
      .split("\n")[0]!
      .trim();
    throw (first ??= new DamagedPart(`${part} is damaged: ${why}`));
  };
  return new DOMParser({
    errorHandler: { warning: () => {}, error: fail, fatalError: fail },
  }).parseFromString(xml, "text/xml");
}

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
 * Returns the DOCX unchanged when it has no numbering.
 */
export async function restoreNumbering(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const numberingXml = await zip.file("word/numbering.xml")?.async("string");
  const documentXml = await zip.file("word/document.xml")?.async("string");
  if (!numberingXml || !documentXml) return docx;
  const nums = readNumbering(numberingXml);
  const doc = parse(documentXml, "word/document.xml");
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
  if (!changed) return docx;
  zip.file("word/document.xml", new XMLSerializer().serializeToString(doc));
  return zip.generateAsync({ type: "uint8array" });
}
