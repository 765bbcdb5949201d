import { tcvn3ToUnicode } from "../../text/tcvn3.js";

/**
 * Text typed in a TCVN3 capital font (.VnTimeH, .VnArialH …) is stored as small letters and printed
 * as capitals. A reader that knows each run's font (RTF, Word 97–2003) hands such a run's
 * characters through `capitalOf`: plain letters become capitals at once, and the 8-bit codes of
 * Vietnamese letters become private-use stand-ins, one character for one, so positions a reader
 * still counts in do not move. The TCVN3 conversion passes the stand-ins by; `restoreCapitals`
 * then turns them into the capital letters they print.
 */
const STAND_IN = 0xe000;

export function capitalOf(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return String.fromCharCode(c - 0x20);
  if (c >= 0xa1 && c <= 0xff) return String.fromCharCode(STAND_IN + c);
  return ch;
}

const STAND_INS = /[\uE0A1-\uE0FF]+/g;

/** The stand-ins as the capitals they print (a tone mark joins the letter before it). */
export function restoreCapitals(text: string): string {
  if (!/[\uE0A1-\uE0FF]/.test(text)) return text;
  return text
    .replace(STAND_INS, (run) =>
      tcvn3ToUnicode(String.fromCharCode(...[...run].map((c) => c.charCodeAt(0) - STAND_IN)), true),
    )
    .normalize("NFC");
}
