/**
 * VNI (VNI-Times, VNI-Helve …), the other 8-bit Vietnamese font encoding: a letter is its base
 * letter followed by one or two Latin-1 characters that the font draws as marks — a shape (â for the
 * circumflex, ê for the breve), a tone (ù sắc, ø huyền, û hỏi, õ ngã, ï nặng), or one character for
 * both (á = circumflex + sắc, é = breve + sắc …). A few letters have a character of their own: ô = ơ,
 * ö = ư, ñ = đ, and the i with its tones (í ì æ ó ò), î = ỵ. Capitals use the capital forms.
 */
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const TONE: Record<string, string> = { ù: "\u0301", ø: "\u0300", û: "\u0309", õ: "\u0303", ï: "\u0323" };
/** Characters that carry a shape and a tone at once, after a, e, o. */
const CIRCUMFLEX_TONE: Record<string, string> = {
  á: "\u0301",
  à: "\u0300",
  å: "\u0309",
  ã: "\u0303",
  ä: "\u0323",
};
/** After a only: the breve with a tone. */
const BREVE_TONE: Record<string, string> = {
  é: "\u0301",
  è: "\u0300",
  ú: "\u0309",
  ü: "\u0303",
  ë: "\u0323",
};
const OWN: Record<string, string> = {
  ô: "ơ",
  ö: "ư",
  ñ: "đ",
  í: "í",
  ì: "ì",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
  î: "ỵ",
};

function lower(ch: string): string {
  return ch.toLowerCase();
}

/** VNI text (as Latin-1 look-alikes) to Unicode NFC. */
export function vniToUnicode(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const own = OWN[lower(ch)];
    if (own) {
      out += ch === lower(ch) ? own : own.toUpperCase();
      // ơ and ư take tones after them like any vowel.
      if (lower(ch) === "ô" || lower(ch) === "ö") {
        const t = TONE[lower(chars[i + 1] ?? "")];
        if (t) {
          out += t;
          i++;
        }
      }
      continue;
    }
    out += ch;
    const base = lower(ch);
    if (!/[aeiouy]/.test(base)) continue;
    const next = lower(chars[i + 1] ?? "");
    if (base === "a" && BREVE_TONE[next]) {
      out += BREVE + BREVE_TONE[next];
      i++;
    } else if ((base === "a" || base === "e" || base === "o") && CIRCUMFLEX_TONE[next]) {
      out += CIRCUMFLEX + CIRCUMFLEX_TONE[next];
      i++;
    } else if ((base === "a" || base === "e" || base === "o") && next === "â") {
      out += CIRCUMFLEX;
      i++;
    } else if (base === "a" && next === "ê") {
      out += BREVE;
      i++;
    }
    const tone = TONE[lower(chars[i + 1] ?? "")];
    if (tone) {
      out += tone;
      i++;
    }
  }
  return out.normalize("NFC");
}
