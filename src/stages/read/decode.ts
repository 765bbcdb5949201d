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
 * Bytes → text. UTF-8 with or without BOM, UTF-16 with BOM. Anything else (NUL bytes, another
 * format, invalid UTF-8) is refused with a reason rather than decoded into garbage.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError("the file is empty");
  if (startsWith(bytes, [0xff, 0xfe])) return decodeStrict("utf-16le", bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decodeStrict("utf-16be", bytes.subarray(2));
  for (const [sig, what] of SIGNATURES)
    if (startsWith(bytes, sig)) throw new InputError(`the file is ${what}`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`binary data: NUL byte at offset ${nul}`);
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const text = decodeStrict("utf-8", body);
  if (text.trim() === "") throw new InputError("the file holds only white space");
  return text;
}

function decodeStrict(encoding: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const hint =
      encoding === "utf-8" ? " (legacy encodings such as Windows-1258 or TCVN3 must be converted first)" : "";
    throw new InputError(`not valid ${encoding.toUpperCase()} text${hint}`);
  }
}
