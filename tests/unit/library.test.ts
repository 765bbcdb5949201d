import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as vanban from "../../src/index.js";

describe("the library API", async () => {
  it("converts a document and validates it against the published schema", async () => {
    const text =
      "Số: 01/TB-UBND\n\nHà Nội, ngày 02 tháng 01 năm 2025\n\nTHÔNG BÁO\nVề lịch làm việc\n\n1. Nội dung.\n";
    const { document } = await vanban.convert({
      bytes: new TextEncoder().encode(text),
      path: "tb.txt",
      format: "text",
    });
    expect(vanban.LegalDocument.parse(document).metadata).toMatchObject({
      documentNumber: "01/TB-UBND",
      issuedOn: "2025-01-02",
      documentType: "THÔNG BÁO",
    });
    expect(vanban.toMarkdownDocument(document)).toMatch(/^# THÔNG BÁO 01\/TB-UBND/);
  });
  it("exposes the Vietnamese primitives", async () => {
    expect(vanban.parseVietnameseNumber("118.079,279")).toBe(118079.279);
    expect(vanban.parseDocumentNumber("45-NQ/TW")?.typeCode).toBe("resolution");
  });
});

const ROOT = join(import.meta.dirname, "..", "..");

describe("the README's library example", () => {
  it("runs against the built package as written", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Library\n"));
    const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toContain('from "vanban"');
    // Inside the project, "vanban" resolves to the package itself through its exports map.
    mkdirSync(join(ROOT, "out"), { recursive: true });
    const file = join(ROOT, "out", "readme-example.mjs");
    writeFileSync(file, code!);
    const out = execFileSync(process.execPath, [file], { cwd: ROOT, encoding: "utf8" }).trim().split("\n");
    expect(out[0]).toBe("07/NQ-CP ok 2");
    expect(Number(out[1])).toBeGreaterThan(0);
    expect(Number(out[2])).toBeGreaterThan(0);
    expect(out[3]).toMatch(/^# NGHỊ QUYẾT 07\/NQ-CP/);
  });
});

describe("the published package", () => {
  it("ships the built API with its types, the schemas and a LICENSE, and no bench or orphan source maps", () => {
    const [pack] = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
        cwd: ROOT,
        encoding: "utf8",
      }),
    ) as { files: { path: string }[] }[];
    const files = pack!.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        "LICENSE",
        "README.md",
        "package.json",
        "dist/index.js",
        "dist/index.d.ts",
        "dist/cli/main.js",
        "schemas/document.schema.json",
        "pipelines/default.json",
      ]),
    );
    expect(
      files.filter(
        (f) =>
          f.startsWith("dist/bench/") || f.endsWith(".map") || f.startsWith("src/") || f.startsWith("tests/"),
      ),
    ).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
    };
    expect(pkg.exports["."]).toEqual({ types: "./dist/index.d.ts", import: "./dist/index.js" });
  });
});
