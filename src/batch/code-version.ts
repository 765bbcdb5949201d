import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The version a run manifest records: the package version and a hash of the code that ran, so a
 * rerun after any change of the converter (even without a version bump) converts again.
 */
export async function codeVersion(packageVersion: string): Promise<string> {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const files = (await readdir(root, { recursive: true }))
    .filter((f) => f.endsWith(".js") && !f.startsWith("bench"))
    .sort();
  const hash = createHash("sha256");
  for (const f of files) hash.update(f).update(await readFile(join(root, f)));
  return `${packageVersion}+${hash.digest("hex").slice(0, 12)}`;
}
