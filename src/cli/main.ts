#!/usr/bin/env node
import { packageVersion } from "./version.js";
import { startsConverters } from "./early-converters.js";

// `vanban --version` answers before the commands load: commander, the batch runner and the process
// pool they import cost 40–70 ms on top of Node's own start, for one line of output.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  console.log(packageVersion());
} else {
  const pool = startsConverters(args) ? await import("../batch/pool.js") : null;
  pool?.startEarlyConverters(1);
  try {
    const { main } = await import("./program.js");
    await main(process.argv);
  } finally {
    await pool?.endEarlyConverters();
  }
}
