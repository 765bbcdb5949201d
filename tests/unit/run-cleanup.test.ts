import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_LIMITS } from "../../src/batch/limits.js";
import { DocumentPool } from "../../src/batch/pool.js";

// A killed run's converter may write its last document into the run's staging folder while the
// next run sweeps it: the removal fails (ENOTEMPTY). That failure once escaped before the run's
// try block, so its converter processes were never closed and the run waited forever.
vi.mock("../../src/batch/staging.js", async (original) => ({
  ...(await original<typeof import("../../src/batch/staging.js")>()),
  sweepStaging: vi.fn(async () => {
    throw Object.assign(new Error("ENOTEMPTY: directory not empty, rmdir 'out/.vanban-staging/1-x'"), {
      code: "ENOTEMPTY",
    });
  }),
}));

afterEach(() => vi.restoreAllMocks());

describe("a run whose preparation fails", () => {
  it("closes its converter processes before the failure reaches the caller", async () => {
    const close = vi.spyOn(DocumentPool.prototype, "close");
    const { BatchRun } = await import("../../src/batch/run.js");
    const run = new BatchRun({
      outDir: join(mkdtempSync(join(tmpdir(), "vanban-run-")), "out"),
      formats: ["json"],
      stdout: false,
      csvRaw: false,
      ocr: "off",
      limits: DEFAULT_LIMITS,
      jobs: 1,
      force: false,
      keepDocuments: false,
      version: "test",
    });
    await expect(run.run(["a.txt"])).rejects.toThrow(/ENOTEMPTY/);
    expect(close).toHaveBeenCalledTimes(1);
  });
});
