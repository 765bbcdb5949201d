import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Dependencies point one way: cli → serve → batch → pipeline → (stages, diff, apply, timeline) → (model, text);
 * emit → (model, text, zip); text and zip import nothing of the project; no stage imports another.
 */
const SRC = resolve(import.meta.dirname, "..", "..", "src");

/** The layer of a source file: its top folder, or "stages/<name>" for a stage. */
function layerOf(file: string): string {
  const parts = relative(SRC, file).split("/");
  if (parts.length === 1) return parts[0]!.replace(/\.ts$/, "");
  return parts[0] === "stages" ? `stages/${parts[1]}` : parts[0]!;
}

/** What each layer may import besides itself; "stages/*" means any stage. */
const ALLOWED: Record<string, readonly string[]> = {
  text: [],
  zip: [],
  model: ["text"],
  "stages/*": ["model", "text", "zip"],
  diff: ["model", "text"],
  apply: ["model", "text"],
  timeline: ["model", "text"],
  emit: ["model", "text", "zip"],
  pipeline: ["stages/*", "diff", "timeline", "model", "text"],
  batch: ["pipeline", "stages/*", "emit", "model", "text"],
  serve: ["batch", "pipeline", "stages/*", "diff", "timeline", "emit", "model", "text"],
  queue: ["batch", "pipeline", "stages/*", "emit", "model", "text"],
  cli: [
    "queue",
    "serve",
    "batch",
    "pipeline",
    "stages/*",
    "diff",
    "apply",
    "timeline",
    "emit",
    "model",
    "text",
  ],
  bench: ["cli", "batch", "pipeline", "stages/*", "diff", "timeline", "emit", "model", "text"],
  index: ["batch", "pipeline", "stages/*", "diff", "apply", "timeline", "emit", "model", "text"],
};

function allowed(from: string, to: string): boolean {
  if (from === to) return true;
  const rule = ALLOWED[from.startsWith("stages/") ? "stages/*" : from];
  if (!rule) return false;
  return rule.some((r) => r === to || (r === "stages/*" && to.startsWith("stages/")));
}

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (e.name.endsWith(".ts")) yield p;
  }
}

function projectImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)["'](\.[^"']+)["']/g)].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s.replace(/\.js$/, ".ts")));
}

describe("module boundaries", () => {
  const files = [...sources(SRC)];

  it("finds the source tree", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("has every import point down the layers (cli → pipeline → stages → model/text), and no stage import another", () => {
    const violations = files.flatMap((f) =>
      projectImports(f)
        .filter((target) => !allowed(layerOf(f), layerOf(target)))
        .map((target) => `${relative(SRC, f)} → ${relative(SRC, target)}`),
    );
    expect(violations).toEqual([]);
  });

  it("rejects an import against the direction (the rule itself can fail)", () => {
    expect(allowed("text", "model")).toBe(false);
    expect(allowed("stages/tables", "stages/read")).toBe(false);
    expect(allowed("emit", "diff")).toBe(false);
    expect(allowed("stages/tables", "text")).toBe(true);
  });
});
