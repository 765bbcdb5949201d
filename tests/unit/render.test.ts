import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LegalDocument } from "../../src/model/document.js";
import type { LegalNode } from "../../src/model/node.js";
import { convert } from "../../src/pipeline/runner.js";

/**
 * The samples rendered by LibreOffice (scripts/make-fixtures.mjs) must give what their text gives:
 * the same metadata, node texts, table records and targets. Provenance (lines, positions, where a
 * footnote body sits, printed page numbers) is layout and is left out of the comparison.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const SAMPLES = [
  "03-CT-UBND-2025",
  "07-NQ-CP-2025",
  "108-NQ-CP-2019",
  "20-CTr-TU-2026",
  "bao-cao-chinh-tri-hai-phong-2025",
];

async function load(path: string, format: "text" | "html" | "docx" | "pdf"): Promise<LegalDocument> {
  return (await convert({ bytes: new Uint8Array(readFileSync(join(ROOT, path))), path, format })).document;
}

function nodeTexts(doc: LegalDocument): { tree: string[]; footnotes: string[] } {
  const tree: string[] = [];
  const footnotes: string[] = [];
  const walk = (n: LegalNode) => {
    if (n.type === "footnote") footnotes.push(`${n.label}: ${n.text}`);
    else if (n.type !== "pageBreak")
      tree.push(`${n.type} ${n.id} | ${n.label ?? ""} | ${n.title ?? ""} | ${n.text ?? ""}`);
    n.children.forEach(walk);
  };
  walk(doc.body);
  return { tree, footnotes: footnotes.sort() };
}

function metadata(doc: LegalDocument): unknown {
  const m = doc.metadata;
  return {
    ...m,
    sources: undefined,
    bases: m.bases.map(({ line: _l, ...b }) => b),
    citations: m.citations
      .map(({ firstLine: _f, ...c }) => c)
      .sort((a, b) => a.number.localeCompare(b.number)),
    signer: m.signer && { ...m.signer, line: 0 },
  };
}

const records = (doc: LegalDocument) =>
  [...doc.appendices.flatMap((a) => a.tables), ...doc.tables].map((t) => ({
    id: t.id,
    kind: t.kind,
    records: t.records.map(({ lines: _l, ...r }) => r),
  }));
const targets = (doc: LegalDocument) =>
  doc.targets.map(({ source: { lines: _l, ...source }, ...t }) => ({ ...t, source }));

describe.each(["docx", "html", "pdf"] as const)("samples rendered as %s", async (format) => {
  describe.each(SAMPLES)("%s", async (name) => {
    const text = load(`samples/${name}.txt`, "text");
    const rendered = load(`tests/fixtures/render/${name}.${format}`, format);

    it("has the same metadata", async () => {
      expect(metadata(await rendered)).toEqual(metadata(await text));
    });
    it("has the same node texts", async () => {
      expect(nodeTexts(await rendered)).toEqual(nodeTexts(await text));
    });
    it("has the same table records", async () => {
      expect(records(await rendered)).toEqual(records(await text));
    });
    it("has the same targets", async () => {
      expect(targets(await rendered)).toEqual(targets(await text));
    });
  });
});
