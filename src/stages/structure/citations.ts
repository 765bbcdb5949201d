import type { Basis, Citation } from "../../model/metadata.js";
import type { LegalNode } from "../../model/node.js";
import { findDocumentNumbers } from "../../text/document-number.js";
import { findDates } from "../../text/dates.js";
import { walk } from "./nodes.js";
import { byCodePoint } from "../../text/order.js";

/** Every document number cited anywhere in the tree (text, titles, table cells), counted. */
export function collectCitations(root: LegalNode, own: string | null): Citation[] {
  const byNumber = new Map<string, Citation>();
  const count = (text: string | null, line: number) => {
    if (!text) return;
    for (const found of findDocumentNumbers(text)) {
      const seen = byNumber.get(found.number);
      if (seen) {
        seen.count++;
        seen.type ??= found.namedType ?? found.typeCode;
      } else {
        byNumber.set(found.number, {
          number: found.number,
          type: found.namedType ?? found.typeCode,
          count: 1,
          firstLine: line,
          self: found.number === own,
        });
      }
    }
  };
  for (const node of walk(root)) {
    const line = node.position.start.line;
    count(node.title, line);
    count(node.text, line);
    for (const row of node.data?.rows ?? []) for (const cell of row) count(cell, line);
  }
  return [...byNumber.values()].sort((a, b) => a.firstLine - b.firstLine || byCodePoint(a.number, b.number));
}

// A law is named up to its date or number: "Luật sửa đổi, bổ sung một số điều của Luật … ngày 22 tháng 11 năm 2019".
const LAW =
  /(?<!\p{L})(Hiến pháp|Bộ luật|Luật|Pháp lệnh)\s+([^;]+?)(?=\s+(?:ngày\s+\d|số\s*:?\s*\d)|[;.]|$)/gu;

/** A căn cứ paragraph and what it cites: numbered documents and laws named with their date. */
export function basisOf(text: string, line: number): Basis {
  const citations: Basis["citations"] = [];
  const dates = findDates(text);
  // The date that follows a citation closely ("… số 96-KL/TW ngày 30 tháng 9 năm 2024").
  const dateAfter = (end: number) => dates.find((d) => d.index >= end && d.index - end < 40)?.iso ?? null;
  for (const found of findDocumentNumbers(text)) {
    citations.push({
      raw: text.slice(found.index, found.index + found.length),
      type: found.namedType ?? found.typeCode,
      number: found.number,
      issuedOn: dateAfter(found.index + found.length),
    });
  }
  for (const m of text.matchAll(LAW)) {
    const raw = `${m[1]} ${m[2]}`.trim();
    if (citations.some((c) => c.raw.includes(raw))) continue;
    citations.push({ raw, type: "law", number: null, issuedOn: dateAfter(m.index + m[0].length) });
  }
  citations.sort((a, b) => text.indexOf(a.raw) - text.indexOf(b.raw));
  return { text, line, citations };
}
