import { inflateRawSync } from "node:zlib";
import { InputError } from "./input-error.js";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

/** The end-of-central-directory record: the last signature in the file's final 64 KB and 22 bytes. */
function findEnd(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 65557); i--)
    if (view.getUint32(i, true) === EOCD) return i;
  throw new InputError("is not a readable DOCX file (no ZIP directory)");
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Sizes over 4 GB and offsets past it live in the ZIP64 extra field, in this order. */
function zip64(view: DataView, at: number, end: number, e: Entry): void {
  for (let p = at; p + 4 <= end;) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = () => {
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (e.size === MAX32) e.size = next();
      if (e.compressed === MAX32) e.compressed = next();
      if (e.offset === MAX32) e.offset = next();
      return;
    }
    p += 4 + len;
  }
}

function entries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const out: Entry[] = [];
  for (let i = 0; i < count && p + 46 <= bytes.length; i++) {
    if (view.getUint32(p, true) !== CENTRAL) break;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const e: Entry = {
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    };
    zip64(view, p + 46 + nameLen, p + 46 + nameLen + extraLen, e);
    out.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

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
  const list = entries(bytes);
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
