import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { extname, join } from "node:path";
import { convert } from "../pipeline/runner.js";

const CLI = join(import.meta.dirname, "..", "cli", "main.js");

/** `n` inputs: the text samples copied round and round, each under a name of its own. */
function inputs(samples: string, n: number): string {
  const dir = mkdtempSync(join(tmpdir(), "vanban-bench-in-"));
  const files = readdirSync(samples)
    .filter((f) => extname(f) === ".txt")
    .sort();
  for (let i = 0; i < n; i++)
    copyFileSync(
      join(samples, files[i % files.length]!),
      join(dir, `${String(i).padStart(4, "0")}-${files[i % files.length]}`),
    );
  return dir;
}

/**
 * One CLI run over a folder or a file, every output written: wall time, and (GNU time) the peak RSS
 * of its largest process and the CPU seconds of the whole process tree; CPU over wall is how many
 * cores the run kept busy.
 */
export function cliRun(
  dir: string,
  jobs: number,
): { ms: number; peakRssMB: number | null; coresBusy: number | null } {
  const out = mkdtempSync(join(tmpdir(), "vanban-bench-out-"));
  const time = existsSync("/usr/bin/time");
  const args = [CLI, "convert", dir, "-o", out, "--quiet", "--jobs", String(jobs)];
  const t0 = performance.now();
  const r = time
    ? spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, ...args], { encoding: "utf8" })
    : spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = performance.now() - t0;
  rmSync(out, { recursive: true, force: true });
  const [kb, user, sys] = time ? r.stderr.trim().split("\n").pop()!.split(" ").map(Number) : [];
  return {
    ms: Math.round(ms),
    peakRssMB: Number.isFinite(kb) ? Math.round(kb! / 1024) : null,
    coresBusy:
      Number.isFinite(user) && Number.isFinite(sys)
        ? Number(((user! + sys!) / (ms / 1000)).toFixed(2))
        : null,
  };
}

/**
 * The batch figures: 200 inputs on one job and on every core (the speed-up, and how many cores each
 * kept busy: one job already uses more than one, for V8's compiler thread and libuv's file writes),
 * and the peak memory of 50 and 500 inputs (flat when each document is written and released as it
 * is done).
 */
export function benchBatch(samples: string) {
  const cores = availableParallelism();
  const d200 = inputs(samples, 200);
  const one = cliRun(d200, 1);
  const all = cliRun(d200, cores);
  rmSync(d200, { recursive: true, force: true });
  const d50 = inputs(samples, 50);
  const d500 = inputs(samples, 500);
  const rss50 = cliRun(d50, cores);
  const rss500 = cliRun(d500, cores);
  for (const d of [d50, d500]) rmSync(d, { recursive: true, force: true });
  return {
    cores,
    inputs200: {
      oneJobMs: one.ms,
      allCoresMs: all.ms,
      speedUp: Number((one.ms / all.ms).toFixed(2)),
      oneJobCoresBusy: one.coresBusy,
      allCoresBusy: all.coresBusy,
      peakRssMB: all.peakRssMB,
    },
    peakRss: { inputs50MB: rss50.peakRssMB, inputs500MB: rss500.peakRssMB, ms50: rss50.ms, ms500: rss500.ms },
  };
}

/**
 * Growth per stage: the text samples concatenated 1×, 4×, 16× and 64×, converted once each (after
 * a warm-up); for each stage, milliseconds per 1× of input at every size (flat when linear).
 */
export async function benchGrowth(samples: string) {
  const base = readdirSync(samples)
    .filter((f) => extname(f) === ".txt")
    .sort()
    .map((f) => readFileSync(join(samples, f), "utf8"))
    .join("\n\n");
  await convert({ bytes: new TextEncoder().encode(base), path: "1x.txt", format: "text" });
  const sizes = [1, 4, 16, 64];
  const rows = [];
  for (const k of sizes) {
    const bytes = new TextEncoder().encode(Array(k).fill(base).join("\n\n"));
    const t0 = performance.now();
    const { timings } = await convert({ bytes, path: `${k}x.txt`, format: "text" });
    const total = performance.now() - t0;
    rows.push({
      times: k,
      bytes: bytes.length,
      msPerTimes: Object.fromEntries(
        [...Object.entries(timings), ["total", total] as const].map(([s, ms]) => [
          s,
          Number((ms / k).toFixed(1)),
        ]),
      ),
    });
  }
  return rows;
}
