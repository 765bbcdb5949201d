import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LegalDocument } from "../../src/model/document.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "dist", "cli", "main.js");
const sample = (f: string) => readFileSync(join(ROOT, "samples", f));

/** Starts `vanban serve` on a free port; resolves with its base URL once it listens. */
function startServer(args: string[] = []): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", "--jobs", "2", ...args], { cwd: ROOT });
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(err);
      if (m) resolve({ child, base: m[1]! });
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

function form(fields: [string, Buffer, string][]): FormData {
  const f = new FormData();
  for (const [name, bytes, file] of fields) f.append(name, new Blob([new Uint8Array(bytes)]), file);
  return f;
}

describe("vanban serve", () => {
  let server: { child: ChildProcess; base: string };
  beforeAll(async () => {
    server = await startServer(["--max-body", "2"]);
  });
  afterAll(() => {
    server.child.kill("SIGTERM");
  });

  it("answers /health with its version and jobs", async () => {
    const r = await fetch(`${server.base}/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: "ok", jobs: 2, pending: 0 });
  });

  it("converts a raw body, sniffing the format, and a multipart DOCX, to document.json", async () => {
    const raw = await fetch(`${server.base}/convert?name=07-NQ-CP-2025.txt`, {
      method: "POST",
      body: sample("07-NQ-CP-2025.txt"),
    });
    expect(raw.status).toBe(200);
    const doc = LegalDocument.parse(await raw.json());
    expect([doc.metadata.documentNumber, doc.source.path, doc.source.format]).toEqual([
      "07/NQ-CP",
      "07-NQ-CP-2025.txt",
      "text",
    ]);
    const docx = await fetch(`${server.base}/convert`, {
      method: "POST",
      body: form([["file", sample("07-NQ-CP-2025-word.docx"), "nq.docx"]]),
    });
    const word = LegalDocument.parse(await docx.json());
    expect([word.metadata.documentNumber, word.source.format]).toEqual(["07/NQ-CP", "docx"]);
    const md = await fetch(`${server.base}/convert?output=md`, {
      method: "POST",
      body: sample("07-NQ-CP-2025.txt"),
    });
    expect(await md.text()).toMatch(/^# NGHỊ QUYẾT 07\/NQ-CP/);
  });

  it("refuses with a JSON error and a status: bad input 422, too large 413, no body 400, no route 404", async () => {
    const bad = await fetch(`${server.base}/convert?name=x.txt`, {
      method: "POST",
      body: Buffer.from([0x41, 0, 0x42]),
    });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({ error: "x.txt: binary data: NUL byte at offset 1", status: 422 });
    // A small limit on a server of its own: the body fits in the socket's buffers, so the client
    // reads the early answer rather than a reset.
    const small = await startServer(["--max-body", "0.01"]);
    try {
      const big = await fetch(`${small.base}/convert`, { method: "POST", body: Buffer.alloc(20_000, 0x61) });
      expect(big.status).toBe(413);
      expect((await big.json()).error).toBe("the request body is over the 0.01 MB limit (--max-body)");
    } finally {
      small.child.kill("SIGTERM");
    }
    const empty = await fetch(`${server.base}/convert`, { method: "POST" });
    expect(empty.status).toBe(400);
    const none = await fetch(`${server.base}/nope`);
    expect([none.status, (await none.json()).error]).toEqual([404, "no such route: GET /nope"]);
  });

  it("diffs two uploads and lines targets up across uploads", async () => {
    const d = await fetch(`${server.base}/diff`, {
      method: "POST",
      body: form([
        ["old", sample("108-NQ-CP-2019.txt"), "108.txt"],
        ["new", sample("07-NQ-CP-2025.txt"), "07.txt"],
      ]),
    });
    expect(d.status).toBe(200);
    const diff = await d.json();
    expect([diff.old.number, diff.old.path, diff.new.number, diff.new.path]).toEqual([
      "108/NQ-CP",
      "108.txt",
      "07/NQ-CP",
      "07.txt",
    ]);
    expect(diff.changes.length).toBeGreaterThan(100);
    const t = await fetch(`${server.base}/targets`, {
      method: "POST",
      body: form([
        ["files", sample("108-NQ-CP-2019.txt"), "108.txt"],
        ["files", sample("20-CTr-TU-2026.txt"), "20.txt"],
      ]),
    });
    const timeline = await t.json();
    const grdp = timeline.indicators.find(
      (i: { indicatorKey: string }) => i.indicatorKey === "grdp dau nguoi",
    );
    expect(grdp.rows.map((r: { document: string }) => r.document)).toEqual([
      "108/NQ-CP",
      "108/NQ-CP",
      "20-CTr/TU",
    ]);
  });

  it("serves the schemas that schemas/ holds, and an OpenAPI description built on them", async () => {
    const s = await fetch(`${server.base}/schemas/document.schema.json`);
    expect(await s.text()).toBe(readFileSync(join(ROOT, "schemas", "document.schema.json"), "utf8"));
    const api = await (await fetch(`${server.base}/openapi.json`)).json();
    expect(api.openapi).toBe("3.1.0");
    expect(Object.keys(api.paths)).toEqual(
      expect.arrayContaining(["/convert", "/diff", "/targets", "/health"]),
    );
    expect(api.components.schemas.Document.properties.metadata).toBeDefined();
  });

  it("stops gracefully on SIGTERM: a request in flight is answered, then the process exits 0", async () => {
    const own = await startServer();
    const inFlight = fetch(`${own.base}/convert`, {
      method: "POST",
      body: sample("bao-cao-chinh-tri-hai-phong-2025.txt"),
    });
    await new Promise((r) => setTimeout(r, 150));
    const exited = new Promise<number | null>((resolve) => own.child.on("exit", (code) => resolve(code)));
    own.child.kill("SIGTERM");
    const r = await inFlight;
    expect(r.status).toBe(200);
    expect(await exited).toBe(0);
  });
});
