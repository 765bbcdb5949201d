import { InputError } from "../input-error.js";

const damaged = (why: string) => new InputError(`is not a readable Word 97-2003 file (${why})`);

/** The sector after each sector; one in a loop with another when the file is damaged. */
function hasLoop(next: Int32Array): boolean {
  // 0 unseen, 1 on the path being walked, 2 done: a walk that meets its own path has found a loop.
  const state = new Uint8Array(next.length);
  const path: number[] = [];
  for (let start = 0; start < next.length; start++) {
    if (state[start]) continue;
    let s = start;
    while (s >= 0 && s < next.length && state[s] === 0) {
      state[s] = 1;
      path.push(s);
      const n = next[s]!;
      if (n === s) break; // a sector naming itself ends the chain for the reader: no loop
      s = n;
    }
    if (s >= 0 && s < next.length && state[s] === 1 && next[s] !== s) return true;
    for (const p of path) state[p] = 2;
    path.length = 0;
  }
  return false;
}

/**
 * Checks an OLE2 file's sector tables before word-extractor reads it. A damaged table whose chain
 * loops back on itself makes that library push sector ids until V8 aborts the whole process (found
 * by the fuzz suite), which no try/catch and no worker thread contains; so a loop is refused here.
 */
export function checkSectorChains(bytes: Uint8Array): void {
  if (bytes.length < 512) throw damaged("shorter than its header");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) throw damaged("sector size is neither 512 nor 4096");
  const size = 1 << shift;
  const sectors = Math.ceil((bytes.length - 512) / size);
  // Read as the library reads it: a sector cut short by the end of the file, or past it, is zeros.
  const sector = (id: number): DataView | null => {
    if (id < 0) return null;
    const data = new Uint8Array(size);
    data.set(bytes.subarray(512 + id * size, 512 + (id + 1) * size));
    return new DataView(data.buffer);
  };
  const fatSectors = view.getInt32(44, true);
  const msatSectors = view.getInt32(72, true);
  if (fatSectors < 0 || fatSectors > sectors || msatSectors < 0 || msatSectors > sectors)
    throw damaged("its sector counts exceed the file");
  // The master table: 109 entries in the header, then its own chain of sectors.
  const msat: number[] = [];
  for (let i = 0; i < 109; i++) msat.push(view.getInt32(76 + i * 4, true));
  let id = view.getInt32(68, true);
  for (let k = 0; k < msatSectors && msat.length < fatSectors; k++) {
    const s = sector(id);
    if (!s) break;
    for (let i = 0; i < size / 4 - 1; i++) msat.push(s.getInt32(i * 4, true));
    id = s.getInt32(size - 4, true);
  }
  const fat = new Int32Array(fatSectors * (size / 4)).fill(-1);
  for (let k = 0; k < fatSectors; k++) {
    const s = sector(msat[k] ?? -1);
    if (!s) continue;
    for (let i = 0; i < size / 4; i++) fat[k * (size / 4) + i] = s.getInt32(i * 4, true);
  }
  if (hasLoop(fat)) throw damaged("its sector table loops");
  // The short-sector table lives in a FAT chain, now known to end.
  const ssat: number[] = [];
  for (let s = view.getInt32(60, true), k = 0; s >= 0 && s < fat.length && k <= sectors; s = fat[s]!, k++) {
    const data = sector(s);
    if (!data) break;
    for (let i = 0; i < size / 4; i++) ssat.push(data.getInt32(i * 4, true));
    if (fat[s] === s) break;
  }
  if (hasLoop(Int32Array.from(ssat))) throw damaged("its short-sector table loops");
}
