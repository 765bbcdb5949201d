import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/stages/read/decode.js";
import { InputError } from "../../src/stages/read/input-error.js";

const DIR = join(import.meta.dirname, "..", "fixtures", "encodings");
const UTF8 = readFileSync(join(DIR, "ke-hoach.utf8.txt"), "utf8");

function decoded(bytes: Uint8Array): { text: string; encoding: string | null } {
  let encoding: string | null = null;
  const text = decodeText(bytes, (e) => (encoding = e));
  return { text, encoding };
}

describe("text encodings", () => {
  it("reads UTF-16 without a byte-order mark, little- and big-endian", () => {
    const le = Buffer.from(UTF8, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(decoded(le)).toEqual({ text: UTF8, encoding: "UTF-16LE (no byte-order mark)" });
    expect(decoded(be)).toEqual({ text: UTF8, encoding: "UTF-16BE (no byte-order mark)" });
  });

  it("reads Windows-1258 (tone marks combining) into the same text as the UTF-8 original", () => {
    const r = decoded(readFileSync(join(DIR, "ke-hoach.cp1258.txt")));
    expect(r.encoding).toBe("Windows-1258");
    expect(r.text.split("\n")).toEqual(UTF8.split("\n"));
    expect(r.text).toContain("Về việc kiểm tra công tác năm 2026");
  });

  it("keeps UTF-8 as it is, and says nothing about it", () => {
    expect(decoded(Buffer.from(UTF8))).toEqual({ text: UTF8, encoding: null });
  });

  it("refuses 8-bit bytes that read as Vietnamese in no encoding, with the reason", () => {
    const bytes = Buffer.from([0x8f, 0x90, 0x41, 0x20, 0x9d, 0x42, 0x20, 0x43, 0x81, 0x0a]);
    expect(() => decodeText(bytes)).toThrow(InputError);
    expect(() => decodeText(bytes)).toThrow(/not valid UTF-8 text, and not Windows-1258, TCVN3 or VNI/);
  });
});

describe("TCVN3 look-alikes inside a UTF-8 text (text copied out of a .VnTime PDF)", async () => {
  const { convertText } = await import("../helpers.js");
  // As pdftotext gives a TCVN3 decision of 2004: Latin-1 look-alikes, and the symbols ("t−íng")
  // its producer made of three of the codes.
  const copied = [
    "Quyết định của Thủ t−íng ChÝnh phñ",
    "sè 115/2004/QĐ-TTg ngµy 25 th¸ng 6 n¨m 2004 vÒ viÖc söa ®æi, bæ sung Quy chÕ thµnh lËp,",
    "tæ chøc vµ ho¹t ®éng cña Quü b¶o l∙nh tÝn dông cho doanh nghiÖp nhá vµ võa",
    "Thñ t−íng ChÝnh phñ",
    "C¨n cø LuËt Tæ chøc ChÝnh phñ ngµy 25 th¸ng 12 n¨m 2001;",
    "QuyÕt ®Þnh:",
    "§iÒu 1. Söa ®æi, bæ sung mét sè ®iÒu cña Quy chÕ.",
  ].join("\n");

  it("reads the look-alikes as the letters they stand for, the symbols with them", async () => {
    const doc = await convertText(copied);
    expect(doc.metadata.documentNumber).toBe("115/2004/QĐ-TTg");
    expect(doc.metadata.issuedOn).toBe("2004-06-25");
    expect(doc.metadata.bases.map((b) => b.text)).toEqual([
      "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
    ]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain("legacy-encoding");
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain("legacy-symbol-letters");
  });

  it("leaves a Unicode text that prints a few of those characters as it is", async () => {
    const text = "Điều 1. Nhiệt độ 25°C ± 2°C, theo § 3 và «Quy chuẩn» ×2; các thiết bị đo ¼ và ½ inch.";
    const doc = await convertText(`${text}\n${text}\n${text}`);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain("legacy-encoding");
  });

  it("reads a long text for look-alikes only where they are dense enough to be legacy text", async () => {
    const { mayBeLegacy } = await import("../../src/text/legacy-encoding.js");
    const unicode = "Diện tích sàn 120 m² mỗi căn, nhiệt độ 25°C theo quy chuẩn hiện hành của Bộ Xây dựng. ";
    // Forty symbols spread over a thousand sentences of Unicode: a count alone would call for a reading.
    const long = Array.from({ length: 1000 }, (_, i) =>
      i % 50 ? "Nội dung thực hiện theo kế hoạch. " : unicode,
    );
    expect(mayBeLegacy(long.join(""))).toBe(false);
    // A page of TCVN3 among twenty of Unicode still is.
    const page = Array(5).fill(copied).join("\n");
    expect(mayBeLegacy([long.join(""), long.join(""), page].join("\n"))).toBe(true);
  });
});
