import { readFile } from "node:fs/promises";
import { LegalDocument } from "../model/document.js";
import { timelineToMarkdown, timelineToXlsx } from "../emit/timeline.js";
import { buildTimeline } from "../timeline/build.js";
import { convert } from "../pipeline/runner.js";
import { InputError } from "../stages/read/index.js";
import { readInput } from "../batch/inputs.js";
import { writeFiles } from "../batch/output.js";
import type { TargetTimeline } from "../model/timeline.js";

export type Loaded =
  { path: string; ok: true; document: LegalDocument } | { path: string; ok: false; reason: string };

/** A document from any input the readers accept, or a document.json written earlier (same schema version). */
export async function loadDocument(path: string): Promise<Loaded> {
  try {
    if (path.toLowerCase().endsWith(".json")) {
      let data: unknown;
      try {
        data = JSON.parse(await readFile(path, "utf8"));
      } catch (e) {
        return {
          path,
          ok: false,
          reason: (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "not a JSON file",
        };
      }
      const parsed = LegalDocument.safeParse(data);
      if (!parsed.success)
        return {
          path,
          ok: false,
          reason: "not a vanban document.json of this version (run vanban convert again)",
        };
      return { path, ok: true, document: parsed.data };
    }
    const { bytes, format, named } = await readInput(path);
    return { path, ok: true, document: (await convert({ bytes, path, format, named })).document };
  } catch (e) {
    if (e instanceof InputError) return { path, ok: false, reason: e.message };
    throw e;
  }
}

/** Writes targets.json, targets.md and targets.xlsx, all rendered before the first file is written. */
export async function writeTimeline(timeline: TargetTimeline, outDir: string): Promise<string[]> {
  return writeFiles(outDir, [
    ["targets.json", `${JSON.stringify(timeline, null, 2)}\n`],
    ["targets.md", timelineToMarkdown(timeline)],
    ["targets.xlsx", await timelineToXlsx(timeline)],
  ]);
}

export { buildTimeline };
