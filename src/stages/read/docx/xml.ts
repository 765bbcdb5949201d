import { DOMParser } from "@xmldom/xmldom";

// The WordprocessingML helpers the DOCX passes share: namespace, attribute and child look-ups, and
// a parser that names the damaged part.

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export const attr = (el: Element | null | undefined, name: string): string | null =>
  el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;
export const child = (el: Element, name: string): Element | null => {
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
export function parse(xml: string, part: string): Document {
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
