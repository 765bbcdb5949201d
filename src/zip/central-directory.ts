/**
 * Reading a ZIP's central directory by hand: what DOCX reading needs to check sizes before any
 * library inflates a part.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;

/** The end-of-central-directory record: the last signature in the file's final 64 KB and 22 bytes. */
function findEnd(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 65557); i--)
    if (view.getUint32(i, true) === EOCD) return i;
  throw new Error("no ZIP end-of-directory record");
}

export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  /** Where its local header starts, and where its central directory record does. */
  offset: number;
  central: number;
}

/** Sizes over 4 GB and offsets past it live in the ZIP64 extra field, in this order. */
function zip64(view: DataView, at: number, end: number, e: ZipEntry): void {
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

/** The entries a ZIP's central directory lists, with ZIP64 sizes and offsets resolved. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count && p + 46 <= bytes.length; i++) {
    if (view.getUint32(p, true) !== CENTRAL) break;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const e: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
      central: p,
    };
    zip64(view, p + 46 + nameLen, p + 46 + nameLen + extraLen, e);
    out.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
