import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built code's folder (dist/). */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Where the build leaves the hash, so a run does not read every module again to learn it. */
export const CODE_HASH_FILE = "code-hash.txt";

/** A hash of every built module (the bench's excepted): any change of the converter changes it. */
export async function hashCode(root = ROOT): Promise<string> {
  const files = (await readdir(root, { recursive: true }))
    .filter((f) => f.endsWith(".js") && !f.startsWith("bench"))
    .sort();
  const hash = createHash("sha256");
  for (const f of files) hash.update(f).update(await readFile(join(root, f)));
  return hash.digest("hex").slice(0, 12);
}

/**
 * The version a run manifest records: the package version and a hash of the code that ran, so a
 * rerun after any change of the converter (even without a version bump) converts again. The build
 * stores the hash; without it (a bare `tsc`), the modules are hashed now (40–80 ms).
 */
export async function codeVersion(packageVersion: string): Promise<string> {
  const stored = await readFile(join(ROOT, CODE_HASH_FILE), "utf8").catch(() => "");
  return `${packageVersion}+${stored.trim() || (await hashCode())}`;
}
