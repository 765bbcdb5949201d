import { rasterOf } from "./raster.js";

/**
 * Seals (red) and signatures (blue) are printed over the signer's name and title on nearly every
 * signed document: OCR reads nothing where the seal crosses "Hoàng Chí Hiền". Black ink stays dark
 * where a seal covers it, so the page's grey rendering loses the seal and keeps the text when every
 * pixel that is strongly coloured in its colour rendering turns white. Every other pixel stays as
 * the grey rendering has it (tesseract's reading of a grey scan is unchanged: converting the colour
 * rendering to grey ourselves changed it, for the worse on one scan).
 *
 * Blue goes too, though numbers and days are often written in by hand in blue ("Số: 687"): removing
 * only red lost two signers whose signature crosses their name, and OCR did not read the handwritten
 * number with the blue kept either.
 */
const SATURATION = 70;
/** A seal's faint edge: a light pixel with a tint is no black ink. */
const TINT = 20;
const LIGHT = 140;

/** The grey page (binary PGM) with the pixels that are coloured in `colour` (binary PPM) made white. */
export function withoutColouredInk(grey: Uint8Array, colour: Uint8Array): Uint8Array {
  const g = rasterOf(grey, "P5");
  const c = rasterOf(colour, "P6");
  if (g.width !== c.width || g.height !== c.height) return grey;
  // A copy, not Buffer#slice: that would be a view, and whiten the page it was given.
  const out = new Uint8Array(grey);
  for (let i = 0, o = g.offset, p = c.offset; i < g.width * g.height; i++, o++, p += 3) {
    const r = colour[p]!;
    const gr = colour[p + 1]!;
    const b = colour[p + 2]!;
    const max = r > gr ? (r > b ? r : b) : gr > b ? gr : b;
    const min = r < gr ? (r < b ? r : b) : gr < b ? gr : b;
    if (max - min > SATURATION || (max - min > TINT && max > LIGHT)) out[o] = 255;
  }
  return out;
}
