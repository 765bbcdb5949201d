import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFiles } from "../../src/batch/output.js";

describe("writeFiles (diff, targets, schemas)", () => {
  it("leaves no temporary file an interrupted earlier write left behind, and keeps the user's files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vanban-write-"));
    writeFileSync(join(dir, ".diff.json.0b7e5a3c-1d2f-4e5a-8b9c-0123456789ab.tmp"), "half");
    writeFileSync(join(dir, "notes.tmp"), "the user's own");
    await writeFiles(dir, [["diff.json", "{}\n"]]);
    expect(readdirSync(dir).sort()).toEqual(["diff.json", "notes.tmp"]);
  });
});
