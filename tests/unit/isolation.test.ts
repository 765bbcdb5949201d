import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/pipeline/runner.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe("pdf.js kept apart", () => {
  it("leaves the converting thread's built-ins as they were after reading a PDF", async () => {
    // pdf.js's Node build replaces these (and adds a dozen more) in the thread it is loaded into.
    const before = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
    const hadWithResolvers = "withResolvers" in Promise;
    const path = join(ROOT, "samples", "108-NQ-CP-2019-print.pdf");
    const { document } = await convert(
      { bytes: new Uint8Array(readFileSync(path)), path, format: "pdf" },
      { ocr: "off" },
    );
    expect(document.metadata.documentNumber).toBe("108/NQ-CP");
    expect(Array.prototype.push).toBe(before.push);
    expect(JSON.stringify).toBe(before.stringify);
    expect(JSON.parse).toBe(before.parse);
    expect("withResolvers" in Promise).toBe(hadWithResolvers);
  });
});
