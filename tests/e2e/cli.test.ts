import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LegalDocument } from "../../src/model/document.js";
import { DocumentDiff } from "../../src/model/diff.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "dist", "cli", "main.js");
const SAMPLE = join(ROOT, "samples", "07-NQ-CP-2025.txt");

function vanban(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "vanban-"));
}

describe("vanban --version", () => {
  it("prints the package's version, as --version or -V", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const r = vanban([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });
});

describe("vanban convert", () => {
  it("writes a valid document.json and a document.md under a slug of the document number", () => {
    const out = tmp();
    const r = vanban(["convert", SAMPLE, "-o", out, "--quiet"]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(["07-NQ-CP-2025", "run.jsonl"]);
    const doc = LegalDocument.parse(
      JSON.parse(readFileSync(join(out, "07-NQ-CP-2025", "document.json"), "utf8")),
    );
    expect(doc.metadata.documentNumber).toBe("07/NQ-CP");
    expect(readFileSync(join(out, "07-NQ-CP-2025", "document.md"), "utf8")).toMatch(
      /^# NGHỊ QUYẾT 07\/NQ-CP/,
    );
  });

  it("writes byte-identical output on a second run", () => {
    const a = tmp();
    const b = tmp();
    vanban(["convert", SAMPLE, "-o", a, "--quiet"]);
    vanban(["convert", SAMPLE, "-o", b, "--quiet"]);
    for (const f of ["document.json", "document.md"]) {
      expect(readFileSync(join(a, "07-NQ-CP-2025", f))).toEqual(readFileSync(join(b, "07-NQ-CP-2025", f)));
    }
  });

  it("prints only JSON lines on stdout with --stdout, one per input", () => {
    const r = vanban(["convert", SAMPLE, join(ROOT, "samples", "03-CT-UBND-2025.txt"), "--stdout"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).metadata.documentNumber)).toEqual(["07/NQ-CP", "03/CT-UBND"]);
  });

  it("reports diagnostics on stderr as file:line: severity rule-id reason", () => {
    const r = vanban(["convert", join(ROOT, "samples", "108-NQ-CP-2019.txt"), "--stdout"]);
    expect(r.stderr).toMatch(/samples\/108-NQ-CP-2019\.txt:42: warning numbering-duplicate /);
  });

  it.each([
    ["missing.txt", "no such file"],
    ["empty-folder", "is a folder holding no document to read"],
  ])("refuses %s with one line, exit 1 and nothing written", (input, reason) => {
    const out = tmp();
    mkdirSync(join(out, "empty-folder"));
    const r = vanban(["convert", input, "-o", join(out, "o")], out);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")[0]).toBe(`${input}: error ${reason}`);
    expect(existsSync(join(out, "o"))).toBe(false);
  });

  it.each([
    ["empty.txt", Buffer.alloc(0), "the file is empty"],
    ["binary.txt", Buffer.from([0x41, 0x00, 0x42]), "binary data: NUL byte at offset 1"],
    // Read as the PDF its bytes announce, which this one is not.
    ["disguised.txt", Buffer.from("%PDF-1.7\n"), "is not a readable PDF (damaged or truncated)"],
    ["latin.txt", Buffer.from([0x4e, 0x67, 0xe0, 0x79]), "not valid UTF-8 text"],
  ])("refuses %s (not a text document)", (name, content, reason) => {
    const dir = tmp();
    writeFileSync(join(dir, name), content);
    const r = vanban(["convert", name, "-o", "out"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${name}: error ${reason}`);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("refuses a file over 50 MB without reading it", () => {
    const dir = tmp();
    writeFileSync(join(dir, "huge.txt"), "");
    truncateSync(join(dir, "huge.txt"), 51 * 1024 * 1024);
    const r = vanban(["convert", "huge.txt", "-o", "out"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("huge.txt: error the file is 51.0 MB, over the 50 MB limit");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("converts the good inputs when one input is bad", () => {
    const out = tmp();
    const r = vanban(["convert", "missing.txt", SAMPLE, "-o", out, "--quiet"]);
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual(["07-NQ-CP-2025", "run.jsonl"]);
  });

  it("exits 3 under --strict when a document is partial, 0 without", () => {
    const input = join(ROOT, "samples", "108-NQ-CP-2019.txt");
    expect(vanban(["convert", input, "--stdout", "--strict"]).code).toBe(3);
    expect(vanban(["convert", input, "--stdout"]).code).toBe(0);
  });

  it("exits 2 on a usage error", () => {
    expect(vanban(["convert"]).code).toBe(2);
    expect(vanban(["convert", SAMPLE, "--format", "pdf"]).code).toBe(2);
    expect(vanban(["nonsense"]).code).toBe(2);
  });

  it("never writes outside the output folder, whatever the file is called", () => {
    const dir = tmp();
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "..hidden .. name.txt"), "Số: 01/TB-UBND\n\nTHÔNG BÁO\nVề lịch\n");
    const r = vanban(["convert", join("in", "..hidden .. name.txt"), "-o", "out", "--quiet"], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out"))).toEqual(["01-TB-UBND_hidden-.-name", "run.jsonl"]);
  });
});

describe("vanban run", () => {
  it("runs the default pipeline over the samples and prints a summary table", () => {
    const dir = tmp();
    mkdirSync(join(dir, "pipelines"));
    writeFileSync(
      join(dir, "pipelines", "p.json"),
      JSON.stringify({
        id: "t",
        inputs: [join(ROOT, "samples")],
        stages: ["read", "structure"],
        output: { dir: "../o", formats: ["json"] },
      }),
    );
    const r = vanban(["run", join("pipelines", "p.json")], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/document\s+status\s+type/);
    // Every sample (the five text seeds and their renderings: DOCX …), and the run manifest.
    expect(readdirSync(join(dir, "o")).length).toBe(readdirSync(join(ROOT, "samples")).length + 1);
  });

  it("compares the pairs a definition lists, and refuses a pair that is not among the inputs", () => {
    const dir = tmp();
    mkdirSync(join(dir, "pipelines"));
    const samples = join(ROOT, "samples");
    const def = (pairs: string[][]) =>
      JSON.stringify({
        id: "t",
        inputs: [samples],
        stages: ["read", "structure"],
        output: { dir: "../o", formats: ["json"] },
        diff: { dir: "d", pairs, formats: ["json", "md"] },
      });
    writeFileSync(
      join(dir, "pipelines", "p.json"),
      def([[join(samples, "108-NQ-CP-2019.txt"), join(samples, "07-NQ-CP-2025.txt")]]),
    );
    const r = vanban(["run", join("pipelines", "p.json")], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, "o", "d", "108-NQ-CP-2019__07-NQ-CP-2025")).sort()).toEqual([
      "diff.json",
      "diff.md",
    ]);
    writeFileSync(
      join(dir, "pipelines", "q.json"),
      def([[join(samples, "108-NQ-CP-2019.txt"), join(dir, "other.txt")]]),
    );
    const q = vanban(["run", join("pipelines", "q.json")], dir);
    expect(q.code).toBe(2);
    expect(q.stderr).toMatch(/names an input that is not listed or failed/);
  });
});

describe("vanban targets", () => {
  const inputs = ["108-NQ-CP-2019.txt", "20-CTr-TU-2026.txt"].map((f) => join(ROOT, "samples", f));

  it("writes targets.json, targets.md and targets.xlsx, with GRDP per head tracked from 2019 to 2026", () => {
    const out = tmp();
    const r = vanban(["targets", ...inputs, "-o", out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["targets.json", "targets.md", "targets.xlsx"]);
    const timeline = JSON.parse(readFileSync(join(out, "targets.json"), "utf8")) as {
      indicators: { indicatorKey: string; rows: { document: string; value: number }[] }[];
    };
    const grdp = timeline.indicators.find((i) => i.indicatorKey === "grdp dau nguoi")!;
    expect(grdp.rows.map((r) => [r.document, r.value])).toEqual([
      ["108/NQ-CP", 14740],
      ["108/NQ-CP", 29900],
      ["20-CTr/TU", 11247],
    ]);
    expect(readFileSync(join(out, "targets.md"), "utf8")).toContain(
      "| 20-CTr/TU | 2026-04-24 | 2030 | 11.247 | USD/người |",
    );
  });

  it("accepts a document.json written by convert, and names a bad input in one line", () => {
    const conv = tmp();
    vanban(["convert", inputs[0]!, "-o", conv, "--quiet"]);
    const bad = join(tmp(), "broken.json");
    writeFileSync(bad, "{not json");
    const out = tmp();
    const r = vanban(["targets", join(conv, "108-NQ-CP-2019", "document.json"), bad, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: not a JSON file`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, "targets.json"))).toBe(true);
  });
});

describe("vanban diff", () => {
  const [oldDoc, newDoc] = ["108-NQ-CP-2019.txt", "07-NQ-CP-2025.txt"].map((f) =>
    join(ROOT, "samples", f),
  ) as [string, string];
  const PAIR = "108-NQ-CP-2019__07-NQ-CP-2025";

  it("writes diff.json, diff.md, diff.xlsx and diff.html into <old>__<new>/", () => {
    const out = tmp();
    const r = vanban(["diff", oldDoc, newDoc, "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual([PAIR]);
    expect(readdirSync(join(out, PAIR)).sort()).toEqual(["diff.html", "diff.json", "diff.md", "diff.xlsx"]);
    const diff = DocumentDiff.parse(JSON.parse(readFileSync(join(out, PAIR, "diff.json"), "utf8")));
    expect([diff.old.number, diff.new.number]).toEqual(["108/NQ-CP", "07/NQ-CP"]);
    expect(r.stderr).toMatch(/^vanban diff: \d+ matched, .*removed/m);
  });

  it("gives the same diff.json from two document.json files, byte for byte", () => {
    const conv = tmp();
    vanban(["convert", oldDoc, newDoc, "-o", conv, "--quiet"]);
    const [a, b] = [tmp(), tmp()];
    vanban(["diff", oldDoc, newDoc, "-o", a, "--format", "json"]);
    const r = vanban([
      "diff",
      join(conv, "108-NQ-CP-2019", "document.json"),
      join(conv, "07-NQ-CP-2025", "document.json"),
      "-o",
      b,
      "--format",
      "json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(b, PAIR))).toEqual(["diff.json"]);
    expect(readFileSync(join(b, PAIR, "diff.json"))).toEqual(readFileSync(join(a, PAIR, "diff.json")));
  });

  it("refuses a missing input or an unknown format in one line, writing nothing", () => {
    const out = tmp();
    const missing = join(out, "nope.txt");
    const r = vanban(["diff", oldDoc, missing, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(missing);
    expect(readdirSync(out)).toEqual([]);
    const f = vanban(["diff", oldDoc, newDoc, "-o", out, "--format", "pdf"]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain("unknown format: pdf");
  });
});

describe("vanban apply", () => {
  const corpus = (f: string) => join(ROOT, "tests", "corpus", f);
  const base = corpus("nghi-dinh-181-ND-CP-2025_thue-gtgt_vbpl.html");
  const amending = corpus("nghi-dinh-359-ND-CP-2025_sua-doi-nd181-thue-gtgt_vbpl.html");
  const FOLDER = "181-2025-ND-CP_nghi-dinh-181-ND-CP-2025_thue-gtgt_vbpl__hop-nhat";

  it("writes the consolidated text and what each instruction did; diff reads the result", () => {
    const out = tmp();
    const r = vanban(["apply", base, amending, "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trim()).toBe(`vanban apply: 2 of 2 instruction(s) applied → ${join(out, FOLDER)}/`);
    expect(readdirSync(join(out, FOLDER)).sort()).toEqual([
      "apply.json",
      "apply.md",
      "document.json",
      "document.md",
    ]);
    const d = vanban(["diff", base, join(out, FOLDER, "document.json"), "-o", out, "--format", "json"]);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stderr).toMatch(/5 added, 5 removed/);
  });

  it("says when an amending file holds no instruction, and refuses a missing one in a line", () => {
    const out = tmp();
    const r = vanban(["apply", base, base, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${base}: no amending instruction found`);
    const missing = join(out, "nope.docx");
    const m = vanban(["apply", base, missing, "-o", out]);
    expect(m.code).toBe(1);
    expect(m.stderr.trim().split("\n")).toEqual([expect.stringContaining(missing)]);
  });
});

describe("vanban schema", () => {
  it("writes the schemas that schemas/ holds", () => {
    const out = tmp();
    expect(vanban(["schema", "-o", out]).code).toBe(0);
    for (const f of readdirSync(join(ROOT, "schemas")))
      expect(readFileSync(join(out, f), "utf8")).toBe(readFileSync(join(ROOT, "schemas", f), "utf8"));
  });
});

describe("an output folder that cannot be written", () => {
  it("is named with the reason in one line by convert, diff and targets, never as an internal error", () => {
    const dir = tmp();
    writeFileSync(join(dir, "file"), "a file where a folder should be");
    const blocked = join(dir, "file", "out");
    const convert = vanban(["convert", SAMPLE, "-o", blocked, "--quiet"]);
    expect(convert.code).toBe(1);
    expect(convert.stderr).toMatch(/07-NQ-CP-2025\.txt: error cannot write output: ENOTDIR: not a directory/);
    expect(convert.stderr).not.toMatch(/internal error|lstat/);
    const old = join(ROOT, "samples", "108-NQ-CP-2019.txt");
    for (const args of [
      ["diff", old, SAMPLE, "-o", blocked],
      ["targets", old, "-o", blocked],
    ]) {
      const r = vanban(args);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toMatch(
        /^vanban: cannot write output: ENOTDIR: not a directory, mkdir '[^']+'$/,
      );
    }
  });
});
