import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LegalDocument } from "../../src/model/document.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "dist", "cli", "main.js");
const SAMPLES = join(ROOT, "samples");
const TEXT_SAMPLES = readdirSync(SAMPLES).filter((f) => f.endsWith(".txt") && !f.includes("print"));

function vanban(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    input,
    maxBuffer: 64 * 1024 * 1024,
    // A run that hangs fails its test instead of holding CI to its limit.
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "vanban-batch-"));
}

/** A long list of bullets with targets: about 8 s of work and 600 MB of heap, made on the spot. */
/**
 * A text that takes far longer than the tests' 3 s limit and far more than 64 MB on any machine here:
 * 100,000 lines converted in under 3 s once the machine was quiet, so the limit test raced it.
 */
function heavyText(): string {
  const lines = ["QUYẾT ĐỊNH", "Về việc thử", ""];
  for (let i = 0; i < 300_000; i++)
    lines.push(`- Phấn đấu đạt tỷ lệ ${i % 100}% hộ dân được dùng nước sạch đến năm 2030;`);
  return lines.join("\n");
}

/** `n` copies of the text samples in nested folders: a batch with something to resume. */
function sampleTree(n: number): string {
  const dir = tmp();
  for (let k = 0; k < n; k++) {
    const sub = join(dir, "in", `set-${String(k).padStart(2, "0")}`);
    mkdirSync(sub, { recursive: true });
    for (const f of TEXT_SAMPLES) cpSync(join(SAMPLES, f), join(sub, `${k}-${f}`));
  }
  return dir;
}

function manifest(out: string): { path: string; slug: string; outputs: string[] }[] {
  return readFileSync(join(out, "run.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { path: string; slug: string; outputs: string[] });
}

/** Every recorded document's files are all there and its document.json is whole. */
function expectComplete(out: string): void {
  for (const e of manifest(out)) {
    for (const f of e.outputs) expect(existsSync(join(out, e.slug, f)), `${e.slug}/${f}`).toBe(true);
    LegalDocument.parse(JSON.parse(readFileSync(join(out, e.slug, "document.json"), "utf8")));
  }
}

/** Starts a run and resolves once `lines` documents are recorded, with the child still running. */
async function startAndWait(dir: string, lines: number) {
  const child = spawn(process.execPath, [CLI, "convert", "in", "-o", "out", "--quiet", "--jobs", "2"], {
    cwd: dir,
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  for (let i = 0; i < 600; i++) {
    const f = join(dir, "out", "run.jsonl");
    if (existsSync(f) && readFileSync(f, "utf8").split("\n").length > lines) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, exited };
}

describe("a batch run", () => {
  it("ends a hostile input failed with its reason and converts the rest", () => {
    const dir = tmp();
    writeFileSync(join(dir, "nested.html"), `<body>${"<div>".repeat(2000)}x${"</div>".repeat(2000)}</body>`);
    writeFileSync(join(dir, "heavy.txt"), heavyText());
    cpSync(join(SAMPLES, "07-NQ-CP-2025.txt"), join(dir, "good.txt"));
    const r = vanban(
      ["convert", "nested.html", "heavy.txt", "good.txt", "-o", "out", "--timeout", "3", "--jobs", "2"],
      dir,
    );
    expect(r.code).toBe(1);
    // Refused by the depth limit, or by the parser running out of stack first: either way, named.
    expect(r.stderr).toMatch(
      /nested\.html: error nests its elements (2003 deep, over the limit of 500 \(--max-depth\)|deeper than can be read \(stack overflow\))/,
    );
    expect(r.stderr).toContain("heavy.txt: error took longer than the 3 s limit (--timeout); stopped");
    expect(r.stderr).toContain("3 document(s): 1 ok, 0 partial, 2 failed");
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["07-NQ-CP_good", "run.jsonl"]);
  });

  it("ends a document that needs more heap than allowed, and the run goes on", () => {
    const dir = tmp();
    writeFileSync(join(dir, "heavy.txt"), heavyText());
    cpSync(join(SAMPLES, "07-NQ-CP-2025.txt"), join(dir, "good.txt"));
    const r = vanban(["convert", "heavy.txt", "good.txt", "-o", "out", "--max-memory", "64", "--quiet"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "heavy.txt: error needed more than the 64 MB memory limit (--max-memory); stopped",
    );
    expect(existsSync(join(dir, "out", "07-NQ-CP_good", "document.json"))).toBe(true);
  });

  it("reads folders at any depth, a list on stdin and an @list, each document once", () => {
    const dir = sampleTree(2);
    writeFileSync(join(dir, "in", "notes.xyz"), "not a document name");
    const folder = vanban(["convert", "in", "--stdout", "--quiet"], dir);
    expect(folder.stdout.trim().split("\n")).toHaveLength(2 * TEXT_SAMPLES.length);
    const first = join("in", "set-00", `0-${TEXT_SAMPLES[0]}`);
    writeFileSync(
      join(dir, "in", "list.txt"),
      `# two inputs\nset-00/0-${TEXT_SAMPLES[0]}\n\nset-01/1-${TEXT_SAMPLES[0]}\n`,
    );
    const list = vanban(["convert", "@in/list.txt", first, "--stdout", "--quiet"], dir);
    expect(list.stdout.trim().split("\n")).toHaveLength(2);
    const stdin = vanban(["convert", "-", "--stdout", "--quiet"], dir, `${first}\n${first}\n`);
    expect(stdin.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("skips on a rerun what is done, and redoes it with --force", () => {
    const dir = sampleTree(1);
    expect(vanban(["convert", "in", "-o", "out", "--quiet"], dir).code).toBe(0);
    const again = vanban(["convert", "in", "-o", "out", "--quiet"], dir);
    expect(again.stderr).toContain(`0 ok, 0 partial, 0 failed, ${TEXT_SAMPLES.length} skipped`);
    const forced = vanban(["convert", "in", "-o", "out", "--quiet", "--force"], dir);
    expect(forced.stderr).toMatch(new RegExp(`, 0 skipped`));
    expect(manifest(join(dir, "out"))).toHaveLength(2 * TEXT_SAMPLES.length);
  });

  it("loses nothing and duplicates nothing when killed with SIGKILL and started again", async () => {
    const dir = sampleTree(6);
    const total = 6 * TEXT_SAMPLES.length;
    const { child, exited } = await startAndWait(dir, 3);
    child.kill("SIGKILL");
    await exited;
    const out = join(dir, "out");
    const before = manifest(out).length;
    expect(before).toBeGreaterThanOrEqual(3);
    expect(before).toBeLessThan(total);
    expectComplete(out);
    const r = vanban(["convert", "in", "-o", "out", "--quiet"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${before} skipped`);
    const entries = manifest(out);
    expect(entries).toHaveLength(total);
    expect(new Set(entries.map((e) => e.path)).size).toBe(total);
    expectComplete(out);
    expect(existsSync(join(out, ".vanban-staging"))).toBe(false);
    expect(readdirSync(out).filter((f) => f !== "run.jsonl")).toHaveLength(total);
  });

  it("stops cleanly on SIGINT with exit code 130, leaving only whole documents", async () => {
    const dir = sampleTree(6);
    const { child, exited } = await startAndWait(dir, 2);
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    const out = join(dir, "out");
    expectComplete(out);
    expect(existsSync(join(out, ".vanban-staging"))).toBe(false);
    expect(readdirSync(out).filter((f) => f !== "run.jsonl")).toHaveLength(manifest(out).length);
  });
});

describe("safe writes", () => {
  it("refuses to write through a symbolic link planted where a document's folder goes", () => {
    const dir = tmp();
    const elsewhere = join(dir, "elsewhere");
    mkdirSync(elsewhere);
    mkdirSync(join(dir, "out"));
    symlinkSync(elsewhere, join(dir, "out", "07-NQ-CP-2025"));
    const r = vanban(["convert", join(SAMPLES, "07-NQ-CP-2025.txt"), "-o", "out", "--quiet"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /07-NQ-CP-2025\.txt: error cannot write output: .*07-NQ-CP-2025 is a symbolic link; refusing/,
    );
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("leaves no stale file when a document is converted again without its tables", () => {
    const dir = tmp();
    cpSync(join(SAMPLES, "03-CT-UBND-2025.txt"), join(dir, "doc.txt"));
    vanban(["convert", "doc.txt", "-o", "out", "--quiet"], dir);
    expect(readdirSync(join(dir, "out", "03-CT-UBND_doc")).sort()).toEqual([
      "document.json",
      "document.md",
      "tables",
      "tables.xlsx",
    ]);
    writeFileSync(
      join(dir, "doc.txt"),
      "CHỈ THỊ\nSố: 03/CT-UBND\nVề việc thử\n\n1. Một việc không có bảng.\n",
    );
    vanban(["convert", "doc.txt", "-o", "out", "--quiet"], dir);
    expect(readdirSync(join(dir, "out", "03-CT-UBND_doc")).sort()).toEqual(["document.json", "document.md"]);
  });
});

describe("damaged files", () => {
  const DAMAGED = join(ROOT, "tests", "fixtures", "damaged");

  it("are refused in one line each, with no library noise, and the process lives", () => {
    const r = vanban(
      ["convert", join(DAMAGED, "vni-cut.doc"), join(DAMAGED, "numbering-broken.docx"), "--stdout"],
      ROOT,
    );
    expect(r.code).toBe(1);
    // Failures are printed as they happen; the totals line comes last.
    const lines = r.stderr.trim().split("\n");
    expect([...lines.slice(0, 2).sort(), lines[2]]).toEqual([
      `${join(DAMAGED, "numbering-broken.docx")}: error is not a readable DOCX file (word/numbering.xml is damaged: unexpected end of input)`,
      `${join(DAMAGED, "vni-cut.doc")}: error is not a readable Word 97-2003 file (its sector table loops)`,
      expect.stringMatching(/^vanban: 2 document\(s\): 0 ok, 0 partial, 2 failed/),
    ]);
  });
});
