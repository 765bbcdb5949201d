import { extname } from "node:path";
import type { SourceFormat } from "../model/block.js";
import { formatInBytes, READERS } from "../stages/read/index.js";

const BY_TYPE: Record<string, SourceFormat> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/msword": "doc",
  "application/rtf": "rtf",
  "text/rtf": "rtf",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/markdown": "markdown",
  "text/plain": "text",
};

/**
 * The format of an upload: the file name's ending when it has a known one, then the declared content
 * type, then the first bytes (what a program posting raw bytes with a generic type sends).
 */
export function sniffFormat(bytes: Uint8Array, name?: string, contentType?: string): SourceFormat {
  const ext = name ? extname(name).toLowerCase() : "";
  const byName = Object.values(READERS).find((r) => r.extensions.includes(ext))?.format;
  if (byName) return byName;
  const byType = BY_TYPE[(contentType ?? "").split(";")[0]!.trim().toLowerCase()];
  if (byType) return byType;
  return formatInBytes(bytes, "text") ?? "text";
}

/** The ending a temporary file of that format gets, so the converter reads it as that format. */
export function extensionOf(format: SourceFormat): string {
  return READERS[format].extensions[0]!;
}
