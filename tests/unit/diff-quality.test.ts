import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LABELS_DIR, labelFiles, scorePair, type Score } from "../diff-quality.js";

/**
 * The diff against hand-labelled pairs: precision and recall of matches and of changes per pair,
 * printed, and held at or above the floor in quality-floor.json (raised as the diff improves, never
 * lowered to make a run pass).
 */
const floor = JSON.parse(readFileSync(join(LABELS_DIR, "..", "quality-floor.json"), "utf8")) as Record<
  string,
  { matches: { precision: number; recall: number }; changes: { precision: number; recall: number } }
>;

describe("diff quality on hand-labelled pairs", () => {
  const scores: Score[] = [];
  for (const file of labelFiles()) {
    const name = file.replace(/\.json$/, "");
    it(`${name} stays at or above its floor`, { timeout: 120_000 }, async () => {
      const s = await scorePair(file);
      scores.push(s);
      const f = floor[name];
      expect(f, `no floor for ${name} in quality-floor.json`).toBeDefined();
      for (const what of ["matches", "changes"] as const)
        for (const m of ["precision", "recall"] as const)
          expect(s[what][m], `${name} ${what} ${m}`).toBeGreaterThanOrEqual(f![what][m]);
    });
  }
  it("prints the table", () => {
    const rows = scores.map(
      (s) =>
        `${s.name.padEnd(48)} matches P ${s.matches.precision.toFixed(3)} R ${s.matches.recall.toFixed(3)}  changes P ${s.changes.precision.toFixed(3)} R ${s.changes.recall.toFixed(3)}  ${s.ms} ms`,
    );
    console.log(`\nDiff quality (hand-labelled pairs)\n${rows.join("\n")}`);
    if (process.env.VERBOSE_DIFF)
      for (const s of scores)
        console.log(
          `\n${s.name}\n  wrong:\n    ${s.wrongPairs.join("\n    ")}\n  missed:\n    ${s.missedPairs.join("\n    ")}\n  wrong changes:\n    ${s.wrongChanges.join("\n    ")}\n  missed changes:\n    ${s.missedChanges.join("\n    ")}`,
        );
    expect(scores.length).toBe(labelFiles().length);
  });
});
