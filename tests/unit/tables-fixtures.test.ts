import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allTables } from "../../src/batch/render.js";
import { convert } from "../../src/pipeline/runner.js";
import { Reporter } from "../../src/model/reporter.js";
import { readStage } from "../../src/stages/read/index.js";
import { ownedLines, rewriteExpected } from "../helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures", "tables");

describe.each(readdirSync(FIXTURES).sort())("table fixture %s", async (name) => {
  const dir = join(FIXTURES, name);
  const file = readdirSync(dir).find((f) => f.startsWith("input."))!;
  const path = join("tests", "fixtures", "tables", name, file);
  const { document } = await convert({
    bytes: new Uint8Array(readFileSync(join(ROOT, path))),
    path,
    format: file.endsWith(".md") ? "markdown" : "text",
  });

  it("gives the expected tables (expected.json)", async () => {
    const json = `${JSON.stringify({ tables: allTables(document), diagnostics: document.diagnostics.filter((d) => d.stage === "tables") }, null, 2)}\n`;
    rewriteExpected([[join(dir, "expected.json"), json]]);
    expect(json).toBe(readFileSync(join(dir, "expected.json"), "utf8"));
  });

  it("keeps every content line in exactly one node", async () => {
    const blocks = await readStage.run(
      new Uint8Array(readFileSync(join(ROOT, path))),
      { format: file.endsWith(".md") ? "markdown" : "text" },
      { report: new Reporter() },
    );
    const owned = ownedLines(document);
    expect(new Set(owned).size).toBe(owned.length);
    expect([...owned].sort((a, b) => a - b)).toEqual(blocks.contentLines);
  });
});
