import { statSync } from "node:fs";
import { availableParallelism } from "node:os";

/** The options of `convert` and `run` that take a value (see batch.ts and program.ts). */
const VALUED = new Set([
  "-o",
  "--out",
  "--format",
  "-j",
  "--jobs",
  "--timeout",
  "--max-size",
  "--max-memory",
  "--max-pages",
  "--max-inflated",
  "--max-depth",
  "--max-line",
]);

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * Whether the command will surely convert on one converter with the default flags, so it can start
 * while the commands load: `convert` or `run` whose run gets one job (`--jobs 1`, one core, or
 * `convert` of one file; `--jobs` defaults to the cores and a run takes no more than its
 * documents), without `--max-memory` (it changes the process's flags) or a request for help.
 * Anything else starts its processes when the run does, as before.
 */
export function startsConverters(
  args: readonly string[],
  cores = availableParallelism(),
  fileAt: (path: string) => boolean = isFile,
): boolean {
  const [command, ...rest] = args;
  if (command !== "convert" && command !== "run") return false;
  let jobs = cores;
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [name, inline] = arg.startsWith("--") ? arg.split(/=(.*)/s) : [arg, undefined];
    if (name === "-h" || name === "--help" || name === "--max-memory") return false;
    const glued = /^-j(\d+)$/.exec(arg);
    if (glued) jobs = Number(glued[1]);
    else if (VALUED.has(name!)) {
      const value = inline ?? rest[++i];
      if (name === "-j" || name === "--jobs") jobs = Number(value);
    } else if (arg === "-" || !arg.startsWith("-")) inputs.push(arg);
  }
  if (jobs === 1) return true;
  return command === "convert" && inputs.length === 1 && !/^[-@]/.test(inputs[0]!) && fileAt(inputs[0]!);
}
