import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { LegalDocument } from "../../src/model/document.js";
import { parseDocument } from "../../src/model/document-parser.js";
import { convert } from "../../src/pipeline/runner.js";

const SAMPLE = join(import.meta.dirname, "..", "..", "samples", "03-CT-UBND-2025.txt");

/** 03-CT's document as the pipeline gives it: its tree, its tables, its targets. */
async function sample(): Promise<LegalDocument> {
  const { document } = await convert({
    bytes: new Uint8Array(readFileSync(SAMPLE)),
    path: SAMPLE,
    format: "text",
  });
  return structuredClone(document);
}

/** The error LegalDocument's own parser throws, or null. */
function zodIssues(input: unknown) {
  try {
    LegalDocument.parse(input);
    return null;
  } catch (e) {
    return (e as ZodError).issues;
  }
}

describe("the pipeline's document parser (zod compiled, the tree a node at a time)", () => {
  it("gives what LegalDocument.parse gives, key for key and in the same order", async () => {
    const doc = await sample();
    expect(doc.tables.length + doc.appendices.length).toBeGreaterThan(0);
    expect(JSON.stringify(parseDocument(doc))).toBe(JSON.stringify(LegalDocument.parse(doc)));
  });

  it("puts a node's keys in the model's order and drops keys the model does not have, at any depth", async () => {
    const doc = await sample();
    const deep = doc.body.children.find((n) => n.children.some((c) => c.children.length))!;
    const node = deep.children.find((c) => c.children.length)!.children[0]!;
    const { id, ...rest } = node;
    const reordered = { ...rest, id, internal: "not in the model" };
    deep.children.find((c) => c.children.length)!.children[0] = reordered as typeof node;
    const parsed = parseDocument(doc);
    const out = parsed.body.children.find((n) => n.id === deep.id)!.children.find((c) => c.children.length)!
      .children[0]!;
    expect(Object.keys(out).slice(0, 2)).toEqual(["type", "id"]);
    expect(out).not.toHaveProperty("internal");
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(LegalDocument.parse(doc)));
  });

  it("throws LegalDocument's own error for a bad node deep in the tree and for a bad table cell", async () => {
    const doc = await sample();
    const leaf = doc.body.children.find((n) => n.children.length)!.children[0]!;
    leaf.id = "";
    const expected = zodIssues(doc);
    expect(expected?.[0]?.path.slice(0, 2)).toEqual(["body", "children"]);
    expect(() => parseDocument(doc)).toThrow(ZodError);
    try {
      parseDocument(doc);
    } catch (e) {
      expect((e as ZodError).issues).toEqual(expected);
    }
    const other = await sample();
    const table = [...other.appendices.flatMap((a) => a.tables), ...other.tables][0]!;
    (table as { kind: string }).kind = "no such kind";
    expect(zodIssues(other)).not.toBeNull();
    expect(() => parseDocument(other)).toThrow(ZodError);
  });
});
