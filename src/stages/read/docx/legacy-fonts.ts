import { legacyFontEncoding, tcvn3ToUnicode } from "../../../text/tcvn3.js";
import { vniToUnicode } from "../../../text/vni.js";
import { attr, child, W } from "./xml.js";

type Encoding = NonNullable<ReturnType<typeof legacyFontEncoding>>;

/** The paragraph a run belongs to: its nearest. */
function paragraphOf(r: Element): Element | null {
  for (let at = r.parentNode; at; at = at.parentNode)
    if (at.nodeType === 1 && (at as Element).localName === "p") return at as Element;
  return null;
}

/** The font a run properties element names for Latin text, if it names one. */
function fontOf(rPr: Element | null): string | null {
  const fonts = rPr && child(rPr, "rFonts");
  return attr(fonts, "ascii") ?? attr(fonts, "hAnsi");
}

/** Each style's Latin font, its `basedOn` chain followed; and the document's default font. */
function styleFonts(styles: Document | null): { byId: Map<string, string>; fallback: string | null } {
  const byId = new Map<string, string>();
  if (!styles) return { byId, fallback: null };
  const own = new Map<string, { font: string | null; basedOn: string | null }>();
  for (const s of Array.from(styles.getElementsByTagNameNS(W, "style")))
    own.set(attr(s, "styleId") ?? "", {
      font: fontOf(child(s, "rPr")),
      basedOn: attr(child(s, "basedOn"), "val"),
    });
  for (const id of own.keys()) {
    const seen = new Set<string>();
    for (let at: string | null = id; at !== null && !seen.has(at); at = own.get(at)?.basedOn ?? null) {
      seen.add(at);
      const font = own.get(at)?.font;
      if (font) {
        byId.set(id, font);
        break;
      }
    }
  }
  const defaults = styles.getElementsByTagNameNS(W, "rPrDefault")[0];
  return { byId, fallback: fontOf(defaults ? child(defaults, "rPr") : null) };
}

/**
 * Text typed in the 8-bit Vietnamese fonts of before Unicode (TCVN3's .VnTime and .VnTimeH, VNI's
 * VNI-Times), kept when an old document was saved again as DOCX: the file holds their Latin-1
 * look-alikes ("ChÝnh phñ"), and the font alone says how to read them. Each run's font is its own,
 * else its character style's, else its paragraph style's, else the document's default. Converts
 * every such run in place; returns the encodings met.
 */
export function convertLegacyRuns(doc: Document, styles: Document | null): Set<Encoding> {
  const { byId, fallback } = styleFonts(styles);
  const met = new Set<Encoding>();
  const paragraphFont = new Map<Element, string | null>();
  // Run by run, each once: a text box's paragraphs sit inside a run of the paragraph around them.
  for (const r of Array.from(doc.getElementsByTagNameNS(W, "r"))) {
    const p = paragraphOf(r);
    let inherited = p ? paragraphFont.get(p) : fallback;
    if (inherited === undefined && p) {
      const pStyle = attr(child(child(p, "pPr") ?? p, "pStyle"), "val");
      inherited = (pStyle !== null ? byId.get(pStyle) : undefined) ?? fallback;
      paragraphFont.set(p, inherited);
    }
    const rPr = child(r, "rPr");
    const rStyle = attr(rPr && child(rPr, "rStyle"), "val");
    const font = fontOf(rPr) ?? (rStyle !== null ? byId.get(rStyle) : undefined) ?? inherited ?? null;
    const encoding = font ? legacyFontEncoding(font) : null;
    if (!encoding) continue;
    for (let t = r.firstChild; t; t = t.nextSibling) {
      if (t.nodeType !== 1) continue;
      // TCVN3's "ư" is the code of the soft hyphen (0xAD), which Word keeps as an element of its
      // own ("n<w:softHyphen/>íc" for "nước") and mammoth drops: it is written back as the letter.
      if ((t as Element).localName === "softHyphen" && encoding !== "vni") {
        const letter = doc.createElementNS(W, "w:t");
        letter.appendChild(doc.createTextNode("\u00AD"));
        r.replaceChild(letter, t);
        t = letter;
      }
      if ((t as Element).localName !== "t") continue;
      const text = t.textContent ?? "";
      const fixed =
        encoding === "vni" ? vniToUnicode(text) : tcvn3ToUnicode(text, encoding === "tcvn3-upper");
      if (fixed === text) continue;
      t.textContent = fixed;
      met.add(encoding);
    }
  }
  return met;
}
