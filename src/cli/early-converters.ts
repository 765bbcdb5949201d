/**
 * Whether the command converts with the default processes, so they can start while the commands
 * load: `convert` or `run`, one job (the default, or `--jobs 1`), no `--max-memory` (it changes the
 * processes' flags), no request for help.
 */
export function startsConverters(args: string[]): boolean {
  if (args[0] !== "convert" && args[0] !== "run") return false;
  return args.every((a, i) => {
    if (/^(?:-h|--help|--max-memory(?:=.*)?)$/.test(a)) return false;
    const jobs = /^(?:-j|--jobs)(?:=?(.*))$/.exec(a);
    return !jobs || (jobs[1] || args[i + 1]) === "1";
  });
}
