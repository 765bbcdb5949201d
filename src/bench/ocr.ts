import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convert } from "../pipeline/runner.js";

/**
 * OCR of a scanned PDF through vanban (pages in parallel up to the cores, one tesseract thread each)
 * beside the peer a user would run by hand: pdftoppm and tesseract, page after page, with
 * tesseract's default threads. Skipped where tesseract's Vietnamese model or pdftoppm is missing.
 */
export async function benchOcr(file: string) {
  const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: "utf8" });
  const langs = has("tesseract", ["--list-langs"]);
  if (langs.status !== 0 || !/^vie$/m.test(langs.stdout ?? "") || has("pdftoppm", ["-v"]).status !== 0)
    return { skipped: "tesseract (vie) or pdftoppm is not installed" } as const;
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  const { document } = await convert({ bytes, path: file, format: "pdf" }, { ocr: "on" });
  const ms = performance.now() - t0;
  const pages = new Set((document.layout ?? []).map((l) => l.page)).size;
  const dir = mkdtempSync(join(tmpdir(), "vanban-bench-ocr-"));
  const perPage: number[] = [];
  try {
    for (let p = 1; p <= pages; p++) {
      const t = performance.now();
      const image = join(dir, `p${p}`);
      spawnSync("pdftoppm", [
        "-r",
        "300",
        "-gray",
        "-singlefile",
        "-f",
        `${p}`,
        "-l",
        `${p}`,
        "-png",
        file,
        image,
      ]);
      spawnSync("tesseract", [`${image}.png`, "stdout", "-l", "vie", "tsv"], { maxBuffer: 64 << 20 });
      perPage.push(performance.now() - t);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const peer = perPage.reduce((a, b) => a + b, 0);
  return {
    file,
    pages,
    ms: Math.round(ms),
    msPerPage: Math.round(ms / Math.max(1, pages)),
    peerMs: Math.round(peer),
    peerMsPerPage: perPage.map((x) => Math.round(x)),
    ratio: Number((ms / peer).toFixed(2)),
  };
}
