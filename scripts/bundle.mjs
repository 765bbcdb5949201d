// The converter process as one bundle (`npm run build` runs this after tsc). A cold converter spent
// 110–130 ms importing ~400 ES modules (ours, zod's, the Markdown writer's) before it read a byte;
// bundled, 45 ms. Packages that are loaded only for one input format, that find files next to their
// own sources, or that hold a separate worker (pdf.js) stay outside and load from node_modules.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "rolldown";

const root = join(import.meta.dirname, "..", "/");
const OUTSIDE = ["pdfjs-dist", "mammoth", "jszip", "word-extractor", "@xmldom/xmldom", "@vntk/dictionary"];

rmSync(`${root}dist/bundle`, { recursive: true, force: true });
await build({
  input: {
    "worker-process": `${root}dist/batch/worker-process.js`,
    // The PDF thread: `apart.js` finds it next to itself, in the bundle as in dist/stages/read/pdf.
    "page-thread": `${root}dist/stages/read/pdf/page-thread.js`,
  },
  platform: "node",
  external: (id) => OUTSIDE.some((p) => id === p || id.startsWith(`${p}/`)),
  logLevel: "warn",
  output: { dir: `${root}dist/bundle`, format: "esm", entryFileNames: "[name].js" },
});

// The converter again, as one CommonJS file for a V8 startup snapshot (see batch/converter-entry.ts).
// A snapshot's script has no module loader: the packages kept outside are loaded through a
// function the snapshot's entry sets, so their `import()`s are rewritten to call it. Built under
// each set of flags the runner starts converters with by default; a failure only costs the speed.
const { SNAPSHOT_SCRIPT, SNAPSHOT_STAMP } = await import(`${root}dist/batch/converter-entry.js`);
const { DEFAULT_LIMITS } = await import(`${root}dist/batch/limits.js`);
// jszip and xmldom go inside: the `.docx` reader imports them statically, and the bundle is one file.
const LOADED = ["pdfjs-dist", "mammoth", "word-extractor", "@vntk/dictionary"];
const outside = (id) => LOADED.some((p) => id === p || id.startsWith(`${p}/`));
await build({
  input: `${root}dist/batch/converter-snapshot.js`,
  platform: "node",
  external: outside,
  logLevel: "warn",
  plugins: [
    {
      name: "outside-imports",
      renderChunk: (code) =>
        code.replace(/\bimport\((["'])([^"']+)\1\)/g, (call, q, id) =>
          outside(id) ? `globalThis.vanbanExternal(${q}${id}${q})` : call,
        ),
    },
  ],
  // Its source stays in the snapshot's heap (V8 compiles functions from it when first called):
  // without comments and white space, and in ASCII alone (V8 then keeps it at one byte a character,
  // not two), the heap a converter deserialises at start shrinks 11.7 → 9.1 MB, and a converter
  // answers its first 1 KB text 8 ms sooner (126–137 → 119–123 ms from fork, alternating runs).
  output: {
    file: `${root}dist/bundle/${SNAPSHOT_SCRIPT}`,
    format: "cjs",
    codeSplitting: false,
    minify: { compress: false, mangle: false },
  },
});
{
  // Every other character as its \u escape, which means the same in strings, regular expressions
  // and templates; an identity escape of one ("\à") loses its backslash. The code's `String.raw`
  // templates that hold such characters are all sources of regular expressions, which read the
  // escape as the character.
  const file = `${root}dist/bundle/${SNAPSHOT_SCRIPT}`;
  const ascii = readFileSync(file, "utf8").replace(
    /(\\*)([\u0080-\uffff])/g,
    (_, slashes, ch) =>
      (slashes.length % 2 ? slashes.slice(1) : slashes) +
      `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  writeFileSync(file, ascii);
}
const bundle = `${root}dist/bundle/`;
const blobs = {};
for (const threading of ["--single-threaded", "--single-threaded-gc"]) {
  const flags = [`--max-old-space-size=${DEFAULT_LIMITS.maxMemoryMb}`, threading];
  const file = `converter${threading.replace("--single-threaded", "")}.blob`;
  const made = spawnSync(
    process.execPath,
    [...flags, "--no-warnings", "--snapshot-blob", file, "--build-snapshot", SNAPSHOT_SCRIPT],
    { cwd: bundle, encoding: "utf8" },
  );
  if (made.status === 0) blobs[flags.join(" ")] = file;
  else
    console.warn(
      `bundle: no converter snapshot for ${flags.join(" ")}: ${made.stderr.trim().split("\n")[0]}`,
    );
}
const stamp = { node: process.version, execPath: process.execPath, dir: bundle, blobs };
writeFileSync(`${bundle}${SNAPSHOT_STAMP}`, `${JSON.stringify(stamp, null, 2)}\n`);

// Last, once every module is in place: the hash a run manifest records (see code-version.ts).
const { hashCode, CODE_HASH_FILE } = await import(`${root}dist/batch/code-version.js`);
writeFileSync(`${root}dist/${CODE_HASH_FILE}`, `${await hashCode()}\n`);
