import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertFile } from "../../src/batch/convert-file.js";
import { readInput } from "../../src/batch/inputs.js";

// Portals serve Word files under other names: an RTF or a saved web page named ".doc", a Word 97
// file named ".docx", a PDF behind a download link with no ending. The bytes decide, and the
// document says so.
const dir = mkdtempSync(join(tmpdir(), "vanban-format-"));
function as(fixture: string, name: string): string {
  const path = join(dir, name);
  copyFileSync(fixture, path);
  return path;
}

describe("a file whose bytes hold another format than its name says", () => {
  it.each([
    [
      "tests/fixtures/layouts/tcvn3.rtf",
      "thong-tu.doc",
      "rtf",
      "99/1998/TT-BTC",
      'named ".doc" but holds RTF',
    ],
    [
      "tests/fixtures/render/07-NQ-CP-2025.html",
      "nghi-quyet.doc",
      "html",
      "07/NQ-CP",
      'named ".doc" but holds HTML',
    ],
    [
      "tests/fixtures/render/07-NQ-CP-2025.html",
      "nghi-quyet.txt",
      "html",
      "07/NQ-CP",
      'named ".txt" but holds HTML',
    ],
    [
      "tests/fixtures/render/07-NQ-CP-2025.docx",
      "nghi-quyet.doc",
      "docx",
      "07/NQ-CP",
      'named ".doc" but holds DOCX',
    ],
    [
      "tests/fixtures/layouts/vni.doc",
      "quyet-dinh.docx",
      "doc",
      "991/QĐ-UBND",
      'named ".docx" but holds DOC',
    ],
  ])("%s named %s is read as %s", async (fixture, name, format, number, note) => {
    const { document } = await convertFile(as(fixture, name));
    expect(document.source.format).toBe(format);
    expect(document.metadata.documentNumber).toBe(number);
    const info = document.diagnostics.filter((d) => d.ruleId === "format-by-content");
    expect(info).toHaveLength(1);
    expect(info[0]!.severity).toBe("info");
    expect(info[0]!.reason).toContain(note);
  });

  it("reads a PDF saved without an ending as a PDF, its first page named", async () => {
    const { document } = await convertFile(as("tests/fixtures/render/two-columns.pdf", "download"));
    expect(document.source.format).toBe("pdf");
    const info = document.diagnostics.find((d) => d.ruleId === "format-by-content");
    expect(info).toMatchObject({ page: 1, reason: "named without an ending but holds PDF: read as PDF" });
  });

  it("keeps a text or Markdown that only quotes markup or names a PDF as what its name says", async () => {
    const md = join(dir, "note.md");
    writeFileSync(md, "# Ghi chú\n\nTệp gốc: <html> … %PDF-1.7 (bản quét)\n");
    expect((await readInput(md)).format).toBe("markdown");
    const txt = join(dir, "note.txt");
    writeFileSync(txt, "Xem tệp %PDF-1.4 đính kèm.\n<!doctype html>\n");
    expect((await readInput(txt)).format).toBe("text");
  });

  it("refuses an OpenDocument text with what to do, and a name promising a format the bytes lack", async () => {
    const mimetype = "mimetypeapplication/vnd.oasis.opendocument.text";
    const odt = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(26), Buffer.from(mimetype)]);
    // By its name, and by its bytes behind a name without an ending or a Word one.
    for (const name of ["ke-hoach.odt", "ke-hoach", "ke-hoach.docx"]) {
      writeFileSync(join(dir, name), odt);
      await expect(readInput(join(dir, name))).rejects.toThrow(
        "is an OpenDocument text (.odt), which is not read; save it as .docx",
      );
    }
    const pdf = join(dir, "fake.pdf");
    writeFileSync(pdf, "Số: 12/KH-UBND\n");
    await expect(readInput(pdf)).rejects.toThrow("is named .pdf but is not a PDF file (no %PDF- header)");
  });
});
