import type { HeaderRole as NodeHeaderRole } from "../../model/node.js";
import { MOTTO_KEY, NATIONAL_TITLE_KEY, PARTY_NAME_KEY } from "../../text/formulas.js";
import type { Block, TextBlock } from "../../model/block.js";
import type { LegalNode } from "../../model/node.js";
import { foldKey } from "../../text/fold.js";
import { documentNumberPattern, normalizeDocumentNumber } from "../../text/document-number.js";
import { typeFromName } from "../../text/document-types.js";
import { parsePlaceDate } from "../../text/dates.js";
import { isUpperText, startsLower } from "../../text/normalize.js";
import { matchMarkers } from "../../text/markers.js";
import type { DocumentTypeCode } from "../../model/metadata.js";
import { type IdRegistry, makeNode } from "./nodes.js";

/** Header lines (Decree 30/2020/NĐ-CP): each kind is recognised by its form, never by position alone. */
export type HeaderRole = Exclude<NodeHeaderRole, "header">;

export interface Field<T> {
  value: T;
  line: number;
}

export interface HeaderFields {
  issuer?: Field<string>;
  documentNumber?: Field<string>;
  place?: Field<string>;
  issuedOn?: Field<string>;
  documentType?: Field<{ printed: string; code: DocumentTypeCode }>;
  subject?: Field<string>;
  urgency?: Field<string>;
  secrecy?: Field<string>;
}

const URGENCY: Record<string, string> = { "hoa toc": "HỎA TỐC", "thuong khan": "THƯỢNG KHẨN", khan: "KHẨN" };
const SECRECY: Record<string, string> = { "tuyet mat": "TUYỆT MẬT", "toi mat": "TỐI MẬT", mat: "MẬT" };

export function roleOf(text: string): HeaderRole | null {
  const key = foldKey(text);
  if (NATIONAL_TITLE_KEY.test(key)) return "nationalTitle";
  if (MOTTO_KEY.test(key)) return "motto";
  if (PARTY_NAME_KEY.test(key)) return "partyName";
  // "Số: 07/NQ-CP"; party documents print "Số 45-NQ/TW" without the colon.
  if (/^((luat|phap lenh|nghi quyet|quyet dinh)\s+)?so\s*([:.]\s*|\s+)\d/.test(key)) return "number";
  if (URGENCY[key]) return "urgency";
  if (SECRECY[key]) return "secrecy";
  if (parsePlaceDate(text)) return "placeDate";
  return null;
}

/**
 * Tên loại: a line that is, or starts with, a document type name printed in upper case
 * ("NGHỊ QUYẾT", "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ", "NGHỊ ĐỊNH VỀ PHÁT TRIỂN …").
 */
export function typeLine(text: string): { printed: string; code: DocumentTypeCode; rest: string } | null {
  const t = typeFromName(text);
  if (!t) return null;
  const printed = text.slice(0, t.length).trim();
  const rest = text.slice(t.length).trim();
  if (!isUpperText(printed) || /^[:.]/.test(rest)) return null;
  return { printed, code: t.code, rest };
}

function isTitleLike(b: TextBlock): boolean {
  return isUpperText(b.text) && b.text.split(/\s+/).length <= 16 && matchMarkers(b.text).length === 0;
}

/**
 * Reads the header from the first blocks. Stops at the first block that is no header line; a
 * document without a header (a report, a cut file) yields no header node and empty fields.
 */
export function parseHeader(
  blocks: Block[],
  ids: IdRegistry,
): { node: LegalNode | null; next: number; fields: HeaderFields } {
  const fields: HeaderFields = {};
  const parts: { role: HeaderRole; block: TextBlock }[] = [];
  const issuerLines: TextBlock[] = [];
  let i = 0;
  let subjectOpen = false;
  let subjectStrong = false;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== "text") break;
    const role = roleOf(b.text);
    const line = b.lines[0]!;
    if (role) {
      subjectOpen = false;
      if (role === "number") {
        const m = documentNumberPattern().exec(b.text);
        if (m && !fields.documentNumber)
          fields.documentNumber = { value: normalizeDocumentNumber(m[0]), line };
        // Two columns merged into one line: "Số: 07/NQ-CP Hà Nội, ngày 10 tháng 01 năm 2025".
        const after = m ? b.text.slice(m.index + m[0].length) : "";
        const pd = parsePlaceDate(after.trim());
        if (pd) setPlaceDate(fields, pd, line);
      } else if (role === "placeDate") setPlaceDate(fields, parsePlaceDate(b.text)!, line);
      else if (role === "urgency") fields.urgency ??= { value: URGENCY[foldKey(b.text)]!, line };
      else if (role === "secrecy") fields.secrecy ??= { value: SECRECY[foldKey(b.text)]!, line };
      parts.push({ role, block: b });
      continue;
    }
    const type = fields.documentType ? null : typeLine(b.text);
    if (type) {
      fields.documentType = { value: { printed: type.printed, code: type.code }, line };
      parts.push({ role: "type", block: b });
      if (type.rest) fields.subject = { value: type.rest, line };
      subjectOpen = true;
      subjectStrong = b.strong === true;
      continue;
    }
    if (subjectOpen && !matchMarkers(b.text).length && !/^\(/.test(b.text)) {
      const first = !fields.subject;
      const continues = first || startsLower(b.text) || (subjectStrong && b.strong === true);
      if (continues) {
        fields.subject = first
          ? { value: b.text, line }
          : { value: `${fields.subject!.value} ${b.text}`, line: fields.subject!.line };
        parts.push({ role: "subject", block: b });
        continue;
      }
    }
    // Issuer names stand above the number, before the type line, in upper case.
    if (!fields.documentType && !fields.documentNumber && isTitleLike(b) && i < 6) {
      issuerLines.push(b);
      parts.push({ role: "issuer", block: b });
      continue;
    }
    break;
  }
  const headerSeen = parts.some((p) => p.role !== "issuer" && p.role !== "subject");
  if (!headerSeen) return { node: null, next: 0, fields: {} };
  if (issuerLines.length)
    fields.issuer = { value: issuerLines.map((b) => b.text).join(" "), line: issuerLines[0]!.lines[0]! };

  const node = makeNode("header", ids.claim("header"));
  for (const { role, block } of parts) {
    node.children.push(
      makeNode("paragraph", ids.claim(`header/${role}`), {
        text: block.text,
        lines: block.lines,
        data: { style: role },
      }),
    );
  }
  return { node, next: i, fields };
}

function setPlaceDate(
  fields: HeaderFields,
  pd: { place: string; issuedOn: string | null },
  line: number,
): void {
  fields.place ??= { value: pd.place, line };
  if (pd.issuedOn) fields.issuedOn ??= { value: pd.issuedOn, line };
}
