/**
 * TCVN3 (TCVN 5712:1993 "ABC"), the 8-bit encoding of the .VnTime/.VnArial fonts that documents
 * typed before Unicode still use. A PDF made with such a font and no character map gives Latin-1
 * look-alikes ("Hµ Néi" for "Hà Nội"); the bytes 0xA1–0xFF carry the Vietnamese letters. The table
 * below is the standard's assignment for that range, one Unicode letter per byte, in byte order.
 * Uppercase letters come from the companion ".VnTimeH" fonts, which draw these same bytes as capitals.
 */
const HIGH =
  // 0xA1 … 0xFF; 0xB0–0xB4 are the standard's combining tone marks.
  "ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ";

const TABLE = new Map<string, string>();
[...HIGH].forEach((ch, i) => TABLE.set(String.fromCharCode(0xa1 + i), ch));

/** Font names of the legacy Vietnamese encodings: TCVN3 (.VnTime; .VnTimeH draws capitals) and VNI (VNI-Times …). */
export function legacyFontEncoding(fontName: string): "tcvn3" | "tcvn3-upper" | "vni" | null {
  // A subset prefix ("ABCDEF+") and a style suffix ("-Bold", ",Italic") are not part of the family.
  // The style may also be glued on ("VnTimeHBold"): the capital font's "H" is then not last.
  const family = fontName
    .replace(/^[A-Z]{6}\+/, "")
    .split(/[-,]/)[0]!
    .replace(/(?:Bold|Italic|Oblique|Regular)+$/, "");
  if (/^vni/i.test(family)) return "vni";
  if (/^\.?vn[a-z]/i.test(family)) return /h$/i.test(family) ? "tcvn3-upper" : "tcvn3";
  return null;
}

/** TCVN3 text (as Latin-1 look-alikes) to Unicode NFC; `upper` for the capital fonts (.VnTimeH). */
export function tcvn3ToUnicode(text: string, upper = false): string {
  const out = [...text]
    .map((ch) => TABLE.get(ch) ?? ch)
    .join("")
    .normalize("NFC");
  return upper ? out.toLocaleUpperCase("vi") : out;
}
