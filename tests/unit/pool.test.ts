import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentPool, endEarlyConverters, startEarlyConverters } from "../../src/batch/pool.js";
import type { DocumentTask } from "../../src/batch/worker.js";
import { DEFAULT_LIMITS } from "../../src/batch/limits.js";
import { jsonTask } from "../helpers.js";

const ABORTING = join(import.meta.dirname, "..", "fixtures", "workers", "aborting.mjs");
const task = (path: string) => ({ path }) as DocumentTask;

describe("the converter pool", () => {
  it("ends a document whose process V8 aborts, and converts the others on a fresh process", async () => {
    const pool = new DocumentPool(1, { timeoutMs: 20_000, maxMemoryMb: 256 }, ABORTING);
    try {
      const [a, b, c] = await Promise.all([
        pool.run(task("1-fine")),
        pool.run(task("2-abort")),
        pool.run(task("3-fine")),
      ]);
      expect(a).toMatchObject({ ok: false, reason: "fine" });
      expect(b).toMatchObject({
        ok: false,
        reason:
          "internal error: the converter process was aborted by V8 (Fatal JavaScript invalid size error 169220804)",
      });
      expect(c).toMatchObject({ ok: false, reason: "fine" });
    } finally {
      await pool.destroy();
    }
  });

  it("kills a process past the time limit, and the next document still runs", async () => {
    const pool = new DocumentPool(1, { timeoutMs: 1_000, maxMemoryMb: 256 }, ABORTING);
    try {
      const [a, b] = await Promise.all([pool.run(task("loop")), pool.run(task("fine"))]);
      expect(a).toMatchObject({ ok: false, reason: "took longer than the 1 s limit (--timeout); stopped" });
      expect(b).toMatchObject({ reason: "fine" });
    } finally {
      await pool.destroy();
    }
  });

  it("tells a converter to keep its readers only while other documents wait for one", async () => {
    const pool = new DocumentPool(1, { timeoutMs: 20_000, maxMemoryMb: 256 }, ABORTING);
    let undecided = true;
    try {
      const [a, b, c] = await Promise.all([
        pool.run(task("keep-1")),
        pool.run(task("keep-2")),
        pool.run(task("keep-3"), undefined, () => undecided),
      ]);
      expect([a, b, c].map((r) => (r as { reason: string }).reason)).toEqual([
        "keep true",
        "keep true",
        "keep true",
      ]);
      undecided = false;
      const [d, e] = await Promise.all([pool.run(task("keep-4")), pool.run(task("keep-5"))]);
      expect([d, e].map((r) => (r as { reason: string }).reason)).toEqual(["keep true", "keep false"]);
    } finally {
      await pool.destroy();
    }
  });

  it("takes over the converters started before the command line was read when it asks for the same", async () => {
    const sample = join(import.meta.dirname, "..", "..", "samples", "07-NQ-CP-2025.txt");
    const real = jsonTask(sample);
    startEarlyConverters(1);
    const same = new DocumentPool(1, DEFAULT_LIMITS);
    try {
      expect(same.startedEarly).toBe(true);
      const result = await same.run(real);
      expect(result.ok && JSON.parse(result.document!).metadata.documentNumber).toBe("07/NQ-CP");
    } finally {
      await same.destroy();
    }
    // Another heap limit is another process: the early one is ended, a fresh one converts.
    startEarlyConverters(1);
    const other = new DocumentPool(1, { ...DEFAULT_LIMITS, maxMemoryMb: 512 });
    try {
      expect(other.startedEarly).toBe(false);
      expect((await other.run(real)).ok).toBe(true);
    } finally {
      await other.destroy();
      await endEarlyConverters();
    }
  }, 30_000);
});
