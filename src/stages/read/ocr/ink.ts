/**
 * Seals (red) and signatures (blue) are printed over the signer's name and title on nearly every
 * signed document: OCR reads "Ekếẩn Hồng Hà" where the seal crosses "Trần". Black ink stays dark
 * where a seal covers it, so a page rendered in colour loses the seal and keeps the text when every
 * strongly coloured pixel turns white. The page becomes grey (PGM, which tesseract reads); a grey
 * scan is unchanged.
 */
const SATURATION = 70;
/** A seal's faint edge: a light pixel with a tint is no black ink. */
const TINT = 20;
const LIGHT = 140;

/** A binary PPM (P6, 8-bit) → a binary PGM (P5) with coloured ink removed. */
export function withoutColouredInk(ppm: Uint8Array): Uint8Array {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(new TextDecoder("latin1").decode(ppm.subarray(0, 64)));
  if (!header) throw new Error("not an 8-bit binary PPM image");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  const head = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(head.length + width * height);
  out.set(head);
  for (let i = 0, o = head.length, p = start; i < width * height; i++, o++, p += 3) {
    const r = ppm[p]!;
    const g = ppm[p + 1]!;
    const b = ppm[p + 2]!;
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    out[o] =
      max - min > SATURATION || (max - min > TINT && max > LIGHT)
        ? 255
        : (r * 299 + g * 587 + b * 114) / 1000;
  }
  return out;
}
