import type { Element, Root, Text } from "hast";
import { syllableShare } from "../../../text/legacy-encoding.js";
import { legacyFontEncoding, tcvn3ToUnicode } from "../../../text/tcvn3.js";
import { vniToUnicode } from "../../../text/vni.js";

type Encoding = NonNullable<ReturnType<typeof legacyFontEncoding>>;

/** The font an element names for its text: `<font face=…>` or `style="font-family: …"`, first of the list. */
function fontOf(el: Element): string | null {
  const face = el.properties?.face;
  const style = String(el.properties?.style ?? "");
  const family = face ? String(face) : (/font-family\s*:\s*([^;]+)/i.exec(style)?.[1] ?? null);
  return family
    ? family
        .split(",")[0]!
        .trim()
        .replace(/^["']|["']$/g, "")
    : null;
}

const convert = (text: string, encoding: Encoding) =>
  encoding === "vni" ? vniToUnicode(text) : tcvn3ToUnicode(text, encoding === "tcvn3-upper");

/**
 * Text set in TCVN3 or VNI fonts on an old page (`<font face=".VnTime">`, `.VnTimeH` for capitals):
 * converted by its font, which also says which text is in capitals and keeps TCVN3's "ư" (the soft
 * hyphen's code, which the reading by content loses). A page may name such a font over text that is
 * Unicode already (pasted from elsewhere): the fonts' text is converted only when it then reads
 * better as Vietnamese, decided once for the page. Returns whether it converted any.
 */
export function convertLegacyFonts(tree: Root): boolean {
  const found: { node: Text; encoding: Encoding }[] = [];
  const stack: { node: Root | Element; encoding: Encoding | null }[] = [{ node: tree, encoding: null }];
  while (stack.length) {
    const { node, encoding } = stack.pop()!;
    for (const c of node.children) {
      if (c.type === "text" && encoding) found.push({ node: c, encoding });
      else if (c.type === "element") {
        const font = fontOf(c);
        stack.push({ node: c, encoding: font ? legacyFontEncoding(font) : encoding });
      }
    }
  }
  if (!found.length) return false;
  const before = found.map((f) => f.node.value).join(" ");
  const after = found.map((f) => convert(f.node.value, f.encoding)).join(" ");
  if (syllableShare(after).share <= syllableShare(before).share) return false;
  for (const f of found) f.node.value = convert(f.node.value, f.encoding);
  return true;
}
