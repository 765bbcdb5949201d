import type { LegalNode } from "../../model/node.js";
import { parsePlaceDate } from "../../text/dates.js";
import { documentNumberPattern, normalizeDocumentNumber } from "../../text/document-number.js";
import { foldKey } from "../../text/fold.js";
import { walk } from "./nodes.js";

/** The block that closes a consolidated text (văn bản hợp nhất) above its signature. */
export const AUTHENTICATION_KEY = /\bxac thuc van ban hop nhat\b/;
/** How many text nodes before the signature the block may span. */
const BLOCK_NODES = 6;

export interface AuthenticationFacts {
  documentNumber: string | null;
  place: string | null;
  issuedOn: string | null;
  line: number;
}

/**
 * A consolidated text prints its own number and date not in a header but in the authentication
 * block above its signature: "VĂN PHÒNG QUỐC HỘI / Số: 30/VBHN-VPQH / XÁC THỰC VĂN BẢN HỢP NHẤT /
 * Hà Nội, ngày 02 tháng 8 năm 2023". Null when the text has no such block.
 */
export function authenticationFacts(root: LegalNode): AuthenticationFacts | null {
  const before: LegalNode[] = [];
  for (const node of walk(root)) {
    if (node.type === "signature") break;
    if (node.type === "recipients" || node.type === "attachment" || node.type === "appendix") return null;
    if (node.text && node.type !== "footnote") before.push(node);
  }
  const block = before.slice(-BLOCK_NODES);
  const at = block.findIndex((n) => AUTHENTICATION_KEY.test(foldKey(n.text!)));
  if (at < 0) return null;
  const facts: AuthenticationFacts = {
    documentNumber: null,
    place: null,
    issuedOn: null,
    line: block[at]!.lines[0]!,
  };
  for (const node of block) {
    const text = node.text!.trim();
    if (/^số\s*:/iu.test(text) && !facts.documentNumber) {
      const m = documentNumberPattern().exec(text);
      if (m) facts.documentNumber = normalizeDocumentNumber(m[0]);
    }
    const pd = parsePlaceDate(text);
    if (pd && !facts.place) [facts.place, facts.issuedOn] = [pd.place, pd.issuedOn];
  }
  return facts;
}
