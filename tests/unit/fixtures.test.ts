import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toJson } from "../../src/emit/json.js";
import { toMarkdownDocument } from "../../src/emit/markdown.js";
import { convert } from "../../src/pipeline/runner.js";
import { readStage } from "../../src/stages/read/index.js";
import { Reporter } from "../../src/model/reporter.js";
import { ownedLines, rewriteExpected } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures", "structure");

interface Case {
  name: string;
  dir: string;
  input: string; // relative to the repository root, so source.path is the same everywhere
  format: "text" | "markdown";
}

function cases(): Case[] {
  return readdirSync(FIXTURES)
    .sort()
    .map((name) => {
      const dir = join(FIXTURES, name);
      const ref = join(dir, "input.ref");
      const input = existsSync(ref)
        ? readFileSync(ref, "utf8").trim()
        : join(
            "tests",
            "fixtures",
            "structure",
            name,
            readdirSync(dir).find((f) => f.startsWith("input."))!,
          );
      return { name, dir, input, format: input.endsWith(".md") ? "markdown" : "text" };
    });
}

describe.each(cases())("fixture $name", async ({ dir, input, format }) => {
  const bytes = new Uint8Array(readFileSync(join(ROOT, input)));
  const { document } = await convert({ bytes, path: input, format });

  it("matches expected.json and expected.md", async () => {
    const json = toJson(document);
    const md = toMarkdownDocument(document);
    rewriteExpected([
      [join(dir, "expected.json"), json],
      [join(dir, "expected.md"), md],
    ]);
    expect(json).toBe(readFileSync(join(dir, "expected.json"), "utf8"));
    expect(md).toBe(readFileSync(join(dir, "expected.md"), "utf8"));
  });

  it("is lossless: every line with text belongs to exactly one node (one per column where columns share a line)", async () => {
    const blocks = await readStage.run(bytes, { format }, { report: new Reporter() });
    const owned = ownedLines(document);
    const split = new Set(blocks.splitLines);
    const seen = new Set<number>();
    for (const line of owned) {
      if (seen.has(line)) expect(split.has(line), `line ${line} is owned twice`).toBe(true);
      seen.add(line);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(blocks.contentLines);
  });

  it("has a one-line about.md", async () => {
    const about = readFileSync(join(dir, "about.md"), "utf8").trim();
    expect(about.split("\n")).toHaveLength(1);
  });
});
