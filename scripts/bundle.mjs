// The converter process as one bundle (`npm run build` runs this after tsc). A cold converter spent
// 110–130 ms importing ~400 ES modules (ours, zod's, the Markdown writer's) before it read a byte;
// bundled, 45 ms. Packages that are loaded only for one input format, that find files next to their
// own sources, or that hold a separate worker (pdf.js) stay outside and load from node_modules.
import { rmSync, writeFileSync } from "node:fs";
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

// Last, once every module is in place: the hash a run manifest records (see code-version.ts).
const { hashCode, CODE_HASH_FILE } = await import(`${root}dist/batch/code-version.js`);
writeFileSync(`${root}dist/${CODE_HASH_FILE}`, `${await hashCode()}\n`);
