import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  converterEntry,
  SNAPSHOT_SCRIPT,
  SNAPSHOT_STAMP,
  type SnapshotStamp,
} from "../../src/batch/converter-entry.js";
import { DEFAULT_LIMITS } from "../../src/batch/limits.js";
import { DocumentPool, v8Threading } from "../../src/batch/pool.js";
import { jsonTask } from "../helpers.js";

const FLAGS = ["--max-old-space-size=2048", "--single-threaded-gc"];

/** A bundle folder with a stamp and an empty blob, as a build leaves them. */
function fakeBundle(stamp: Partial<SnapshotStamp>): string {
  const dir = `${mkdtempSync(join(tmpdir(), "vanban-snapshot-"))}/bundle/`;
  mkdirSync(dir);
  writeFileSync(dir + "converter-gc.blob", "");
  writeFileSync(dir + "worker-process.js", "");
  const full: SnapshotStamp = {
    node: process.version,
    execPath: process.execPath,
    dir,
    blobs: { [FLAGS.join(" ")]: "converter-gc.blob" },
    ...stamp,
  };
  writeFileSync(dir + SNAPSHOT_STAMP, JSON.stringify(full));
  return dir;
}

describe("which file a converter starts from", () => {
  const dirs: string[] = [];
  const bundle = (stamp: Partial<SnapshotStamp> = {}) => {
    const dir = fakeBundle(stamp);
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(join(d, ".."), { recursive: true, force: true })));

  it("the snapshot built under the same flags, by this Node, in this folder", () => {
    const dir = bundle();
    expect(converterEntry(FLAGS, dir)).toEqual({
      script: dir + SNAPSHOT_SCRIPT,
      execArgv: ["--snapshot-blob", `${dir}converter-gc.blob`, ...FLAGS],
    });
  });

  it("the ES bundle under other flags: a snapshot refuses a heap limit it was not built with", () => {
    const dir = bundle();
    const flags = ["--max-old-space-size=256", "--single-threaded-gc"];
    expect(converterEntry(flags, dir)).toEqual({ script: `${dir}worker-process.js`, execArgv: flags });
  });

  it("the ES bundle for another Node, a moved folder, or VANBAN_SNAPSHOT=off", () => {
    const es = (dir: string) => ({ script: `${dir}worker-process.js`, execArgv: FLAGS });
    const other = bundle({ node: "v20.0.0" });
    expect(converterEntry(FLAGS, other)).toEqual(es(other));
    const moved = bundle({ dir: "/somewhere/else/bundle/" });
    expect(converterEntry(FLAGS, moved)).toEqual(es(moved));
    const off = bundle();
    process.env.VANBAN_SNAPSHOT = "off";
    try {
      expect(converterEntry(FLAGS, off)).toEqual(es(off));
    } finally {
      delete process.env.VANBAN_SNAPSHOT;
    }
  });
});

describe("a converter started from the build's snapshot", () => {
  const FIXTURES = join(import.meta.dirname, "..", "fixtures");
  // A reader of each kind: text, the packages loaded beside the bundle (.docx, .doc), the PDF thread.
  const INPUTS = [
    join(FIXTURES, "layouts", "title-line.txt"),
    join(FIXTURES, "render", "07-NQ-CP-2025.docx"),
    join(FIXTURES, "layouts", "libreoffice-signature-cell.doc"),
    join(FIXTURES, "layouts", "chromium-print-joint-signatures.pdf"),
  ];
  const convertAll = async () => {
    const pool = new DocumentPool(1, DEFAULT_LIMITS);
    try {
      return await Promise.all(INPUTS.map((p) => pool.run(jsonTask(p))));
    } finally {
      await pool.destroy();
    }
  };

  it("is what the build made for the runner's default flags", () => {
    const flags = [`--max-old-space-size=${DEFAULT_LIMITS.maxMemoryMb}`, v8Threading(1)];
    expect(converterEntry(flags).script).toMatch(/\/dist\/bundle\/converter-snapshot\.cjs$/);
  });

  it("converts every kind of input as the ES bundle does", async () => {
    const fromSnapshot = await convertAll();
    process.env.VANBAN_SNAPSHOT = "off";
    let fromBundle;
    try {
      fromBundle = await convertAll();
    } finally {
      delete process.env.VANBAN_SNAPSHOT;
    }
    const documents = (results: typeof fromSnapshot) =>
      results.map((r) => (r.ok ? JSON.parse(r.document!) : r.reason) as unknown);
    expect(fromSnapshot.every((r) => r.ok)).toBe(true);
    expect(documents(fromSnapshot)).toEqual(documents(fromBundle));
    // Read, not empty: the .doc's signer sits in its layout table's last cell.
    const doc = documents(fromSnapshot)[2] as { metadata: { signer: { name: string } } };
    expect(doc.metadata.signer.name).toBe("Nguyễn Tấn Dũng");
  }, 60_000);
});
