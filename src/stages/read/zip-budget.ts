import { inflateRawSync } from "node:zlib";
import { zipEntries } from "../../zip/central-directory.js";
import { InputError } from "./input-error.js";

const LOCAL = 0x04034b50;

/**
 * Refuses a ZIP (DOCX) whose parts inflate past `limit` bytes all together, before any library
 * inflates it whole: first by the sizes its directory declares, then by inflating each part with
 * its output capped at what is left of the budget, so a directory that lies is caught too.
 */
export function checkInflatedSize(bytes: Uint8Array, limit: number): void {
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  const refuse = () =>
    new InputError(
      `inflates to more than ${mb(limit)}, over the limit (--max-inflated): a ZIP bomb or not a document`,
    );
  let list;
  try {
    list = zipEntries(bytes);
  } catch {
    throw new InputError("is not a readable DOCX file (no ZIP directory)");
  }
  if (list.reduce((n, e) => n + e.size, 0) > limit) throw refuse();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let used = 0;
  for (const e of list) {
    if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== LOCAL) continue;
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const data = bytes.subarray(start, start + e.compressed);
    if (e.method === 0) used += data.length;
    else if (e.method === 8) {
      try {
        used += inflateRawSync(data, { maxOutputLength: Math.max(1, limit - used + 1) }).length;
      } catch (err) {
        if (err instanceof RangeError) throw refuse();
        continue; // a damaged part: the DOCX reader reports it
      }
    }
    if (used > limit) throw refuse();
  }
}
