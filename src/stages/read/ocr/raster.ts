/** Where the pixels of a binary PGM (P5, grey) or PPM (P6, colour) image start, and its size. */
export interface Raster {
  width: number;
  height: number;
  /** Where the pixels start. */
  offset: number;
}

/** The header of an 8-bit binary image as pdftoppm writes it; anything else is refused. */
export function rasterOf(image: Uint8Array, magic: "P5" | "P6"): Raster {
  const head = new RegExp(`^${magic}\\s+(\\d+)\\s+(\\d+)\\s+255\\s`).exec(
    new TextDecoder("latin1").decode(image.subarray(0, 64)),
  );
  if (!head) throw new Error(`not an 8-bit binary ${magic === "P5" ? "PGM" : "PPM"} image`);
  return { width: Number(head[1]), height: Number(head[2]), offset: head[0].length };
}
