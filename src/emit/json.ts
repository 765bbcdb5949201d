import type { LegalDocument } from "../model/document.js";

/** Stable JSON: keys in model order, two-space indent, one trailing newline. */
export function toJson(doc: LegalDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
