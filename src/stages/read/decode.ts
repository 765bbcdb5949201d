import { isUtf8 } from "node:buffer";
import { utf8Text } from "../../text/utf8.js";
import { convertLegacyLines, detectLegacyEncoding, syllableShare } from "../../text/legacy-encoding.js";
import type { Reporter } from "../../model/reporter.js";
import { InputError } from "./input-error.js";

/** Magic numbers of formats that arrive misnamed as .txt or .md. */
const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], "a PDF file, not text"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (DOCX, XLSX …), not text"],
  [[0xd0, 0xcf, 0x11, 0xe0], "a legacy Office file (DOC, XLS), not text"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image, not text"],
  [[0xff, 0xd8, 0xff], "a JPEG image, not text"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "an RTF file, not plain text"],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a byte-order mark, told by its pattern: in Vietnamese text most code units are
 * ASCII or Latin, so one byte of each pair is NUL far more often than the other.
 */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return "utf-16le";
  if (even > pairs * 0.3 && odd < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * A file that is not UTF-8: Windows-1258 (Vietnamese Windows) or TCVN3/VNI bytes, whichever reads
 * as more Vietnamese syllables; null when neither reads as Vietnamese (then it is refused).
 */
function legacyText(bytes: Uint8Array): { text: string; encoding: string } | null {
  // Control bytes other than white space are no text in any of these encodings.
  if (bytes.some((b) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f))
    return null;
  const latin = new TextDecoder("latin1").decode(bytes);
  const candidates: { text: string; encoding: string }[] = [];
  const cp1258 = new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
  if (!/[\u0080-\u009f]/.test(cp1258)) candidates.push({ text: cp1258, encoding: "Windows-1258" });
  const lines = latin.split(/\r?\n/);
  const legacy = detectLegacyEncoding(lines);
  if (legacy)
    candidates.push({ text: convertLegacyLines(lines, legacy).join("\n"), encoding: legacy.toUpperCase() });
  const scored = candidates
    .map((c) => ({ ...c, ...syllableShare(c.text) }))
    .filter((c) => c.words >= 3 && c.share >= 0.6)
    .sort((a, b) => b.share - a.share);
  return scored[0] ?? null;
}

/**
 * Bytes → text. UTF-8 with or without BOM, UTF-16 with BOM or told by its NUL pattern, and the
 * legacy 8-bit encodings Vietnamese text still arrives in (Windows-1258, TCVN3, VNI), each noted by
 * `onEncoding`. Anything else (NUL bytes, another format, bytes no encoding reads as Vietnamese) is
 * refused with a reason rather than decoded into garbage.
 */
export function decodeText(bytes: Uint8Array, onEncoding?: (encoding: string) => void): string {
  if (bytes.length === 0) throw new InputError("the file is empty");
  if (startsWith(bytes, [0xff, 0xfe])) return decodeStrict("utf-16le", bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decodeStrict("utf-16be", bytes.subarray(2));
  for (const [sig, what] of SIGNATURES)
    if (startsWith(bytes, sig)) throw new InputError(`the file is ${what}`);
  const order = utf16Order(bytes);
  if (order) {
    onEncoding?.(`${order.toUpperCase()} (no byte-order mark)`);
    return decodeStrict(order, bytes);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`binary data: NUL byte at offset ${nul}`);
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  let text: string;
  // isUtf8 checks with SIMD (a strict TextDecoder took 3% of a text conversion checking and decoding).
  if (isUtf8(body)) text = utf8Text(body);
  else {
    const legacy = legacyText(body);
    if (!legacy)
      throw new InputError(
        "not valid UTF-8 text, and not Windows-1258, TCVN3 or VNI text either (no Vietnamese read in any)",
      );
    onEncoding?.(legacy.encoding);
    text = legacy.text;
  }
  if (!/\S/.test(text)) throw new InputError("the file holds only white space");
  return text;
}

function decodeStrict(encoding: "utf-16le" | "utf-16be", bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`not valid ${encoding.toUpperCase()} text`);
  }
}

/** decodeText, with a note when the file was not UTF-8 (a legacy or BOM-less encoding was read). */
export function decodeReported(bytes: Uint8Array, report: Reporter): string {
  return decodeText(bytes, (encoding) =>
    report.info("text-encoding", `the file was read as ${encoding} and converted to Unicode`, { line: 1 }),
  );
}
