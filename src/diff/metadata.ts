import type { ChangeType } from "../model/diff.js";
import type { LegalDocument } from "../model/document.js";
import type { Metadata } from "../model/metadata.js";
import { align } from "./align.js";
import { itemChanges, type Draft } from "./items.js";
import { comparable } from "./text.js";
import type { Unit } from "./units.js";
import { wordDiff } from "./words.js";

const FIELDS: [keyof Metadata, string][] = [
  ["documentType", "Tên loại"],
  ["documentNumber", "Số ký hiệu"],
  ["issuer", "Cơ quan ban hành"],
  ["place", "Địa danh"],
  ["issuedOn", "Ngày ban hành"],
  ["subject", "Trích yếu"],
  ["signer", "Người ký"],
];

function fieldText(m: Metadata, key: keyof Metadata): string | null {
  if (key === "signer")
    return m.signer
      ? [m.signer.authority, ...m.signer.capacity, m.signer.name].filter(Boolean).join(" / ")
      : null;
  const v = m[key];
  return typeof v === "string" ? v : null;
}

function fieldLine(m: Metadata, key: keyof Metadata): number[] {
  if (key === "signer") return m.signer ? [m.signer.line] : [];
  const s = m.sources[key];
  return s ? [s.line] : [];
}

/** The lists of the metadata (căn cứ, cited documents, nơi nhận) as units, so they align like any item. */
function listUnits(doc: LegalDocument): Unit[][] {
  const m = doc.metadata;
  // The recipients node lists the same names as metadata.recipients, one bullet each, with their lines.
  const bullets = doc.body.children.find((n) => n.type === "recipients")?.children ?? [];
  const recipientLines = bullets.length === m.recipients.length ? bullets.map((b) => b.lines) : [];
  const unit = (prefix: string, i: number, text: string, lines: number[], context: string): Unit => ({
    level: "paragraph",
    kind: prefix,
    id: `${prefix}-${i + 1}`,
    address: `${context} ${i + 1}`,
    content: "",
    contentKey: "",
    label: null,
    parent: null,
    parentAddress: context,
    context,
    text,
    lines,
  });
  return [
    m.bases.map((b, i) => unit("basis", i, b.text, [b.line], "Căn cứ")),
    m.citations
      .filter((c) => !c.self)
      .map((c, i) => ({
        ...unit("citation", i, c.number, [c.firstLine], "Dẫn chiếu"),
        address: `Dẫn chiếu ${c.number}`,
      })),
    m.recipients.map((r, i) => unit("recipient", i, r, recipientLines[i] ?? [], "Nơi nhận")),
  ];
}

/**
 * The metadata level: each header field (number, type, issuer, place, date, subject, signer) as one
 * change, then căn cứ, cited documents and recipients aligned as lists (added, removed, reworded).
 */
export function metadataChanges(a: LegalDocument, b: LegalDocument): Draft[] {
  const out: Draft[] = [];
  FIELDS.forEach(([key, label], order) => {
    const x = fieldText(a.metadata, key);
    const y = fieldText(b.metadata, key);
    if (x === null && y === null) return;
    const types: ChangeType[] =
      x === null
        ? ["added"]
        : y === null
          ? ["removed"]
          : comparable(x) === comparable(y)
            ? ["unchanged"]
            : ["valueChanged"];
    const side = (m: Metadata, text: string | null) =>
      text === null
        ? null
        : { id: `metadata.${key}`, address: label, context: null, text, lines: fieldLine(m, key) };
    out.push({
      level: "metadata",
      types,
      old: side(a.metadata, x),
      new: side(b.metadata, y),
      score: null,
      reason: x !== null && y !== null ? "field" : null,
      ...(types[0] === "valueChanged"
        ? {
            fields: [{ field: key, old: x, new: y }],
            ...(key === "subject" ? { words: wordDiff(x!, y!) } : {}),
          }
        : {}),
      order,
    });
  });
  const news = listUnits(b);
  let offset = FIELDS.length;
  listUnits(a).forEach((olds, k) => {
    const list = news[k]!;
    for (const d of itemChanges("metadata", olds, list, align(olds, list, new Map()), new Map()))
      out.push({ ...d, order: offset + d.order });
    offset += list.length + 1;
  });
  return out;
}
