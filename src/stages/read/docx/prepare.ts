import { XMLSerializer } from "@xmldom/xmldom";
import JSZip from "jszip";
import { convertLegacyRuns } from "./legacy-fonts.js";
import { restoreNumbering } from "./numbering.js";
import { parse } from "./xml.js";

/**
 * What mammoth leaves out of a DOCX, put into its text before mammoth reads it: Word's automatic
 * numbers, and the Unicode of text typed in TCVN3 or VNI fonts. Returns the DOCX unchanged when
 * neither is there, and which legacy encodings were converted.
 */
export async function prepareDocx(
  docx: Uint8Array,
): Promise<{ bytes: Uint8Array; legacy: ("tcvn3" | "tcvn3-upper" | "vni")[] }> {
  const zip = await JSZip.loadAsync(docx);
  const documentXml = await zip.file("word/document.xml")?.async("string");
  if (!documentXml) return { bytes: docx, legacy: [] };
  const numberingXml = await zip.file("word/numbering.xml")?.async("string");
  const stylesXml = await zip.file("word/styles.xml")?.async("string");
  const doc = parse(documentXml, "word/document.xml");
  const numbered = numberingXml !== undefined && restoreNumbering(doc, numberingXml);
  const legacy = [...convertLegacyRuns(doc, stylesXml ? parse(stylesXml, "word/styles.xml") : null)];
  if (!numbered && !legacy.length) return { bytes: docx, legacy };
  zip.file("word/document.xml", new XMLSerializer().serializeToString(doc));
  return { bytes: await zip.generateAsync({ type: "uint8array" }), legacy };
}
