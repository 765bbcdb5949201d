import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/model/reporter.js";
import { convert } from "../../src/pipeline/runner.js";
import { readStage } from "../../src/stages/read/index.js";
import { ownedLines } from "../helpers.js";

const SAMPLES = join(import.meta.dirname, "..", "..", "samples");

/**
 * Documents the fixtures never show: random slices of the samples, some shuffled, read as text and
 * as Markdown. Whatever the structure stage makes of them, no line may be lost or owned twice, and
 * no input may throw. The generator is seeded, so a failure reproduces.
 */
describe("lossless on unseen layouts", async () => {
  let seed = 20251122;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sources = readdirSync(SAMPLES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(SAMPLES, f), "utf8").split("\n"));
  const cases = Array.from({ length: 60 }, (_, k) => {
    const src = sources[k % sources.length]!;
    const start = Math.floor(random() * src.length);
    let lines = src.slice(start, start + 1 + Math.floor(random() * 150));
    if (k % 3 === 0) lines = [...lines].sort(() => random() - 0.5);
    return { k, text: `${lines.join("\n")}\nkết thúc` };
  });

  it.each(cases)("slice $k keeps every content line in exactly one node", async ({ text }) => {
    for (const format of ["text", "markdown"] as const) {
      const bytes = new TextEncoder().encode(text);
      const { document } = await convert({ bytes, path: "slice.txt", format });
      const blocks = await readStage.run(bytes, { format }, { report: new Reporter() });
      const split = new Set(blocks.splitLines);
      const seen = new Set<number>();
      for (const line of ownedLines(document)) {
        if (seen.has(line)) expect(split.has(line), `${format}: line ${line} owned twice`).toBe(true);
        seen.add(line);
      }
      expect(
        [...seen].sort((a, b) => a - b),
        format,
      ).toEqual(blocks.contentLines);
    }
  });
});
