import { createRequire } from "node:module";
import { startupSnapshot } from "node:v8";
import type WorkerPool from "workerpool";
import { convert } from "../pipeline/runner.js";
import { renderOutputs } from "./render.js";
import { OUTPUT_FORMATS } from "./formats.js";
import { serveConversions } from "./serve-conversions.js";

/**
 * The converter process as a V8 startup snapshot (`npm run build` writes it with Node's
 * `--build-snapshot`, see scripts/bundle.mjs). A converter forked from the snapshot starts with
 * this bundle already evaluated, its zod schemas built and the text readers and writers loaded:
 * a 1 KB text file's cold conversion no longer waits for 60 ms of module loading and 30 ms of first
 * imports. Built only here: what is evaluated while building is frozen into the snapshot, so
 * nothing at module level may read the process it will run in (its heap limit, its arguments).
 */

/** A document of each part the text path has, converted once so its modules are all evaluated. */
const WARM_UP = [
  "CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "\tĐộc lập - Tự do - Hạnh phúc",
  "Số: 1/NQ-CP\tHà Nội, ngày 1 tháng 1 năm 2025",
  "NGHỊ QUYẾT",
  "Về một việc",
  "I. MỤC TIÊU",
  "1. Tăng trưởng GDP đạt 8%.",
  "II. NHIỆM VỤ",
  "| TT | Nhiệm vụ | Cơ quan chủ trì |",
  "|---|---|---|",
  "| 1 | Làm một việc | Bộ Tài chính |",
  "TM. CHÍNH PHỦ",
  "THỦ TƯỚNG",
  "Nguyễn Văn A",
].join("\n");

declare global {
  /**
   * How the snapshot's bundle loads the packages kept outside it (the `.doc` and `.docx` readers'):
   * its `import()`s of them are rewritten to this call, as a snapshot's script has no module loader.
   */
  var vanbanExternal: ((specifier: string) => Promise<unknown>) | undefined;
}

async function warmUp(): Promise<void> {
  for (const format of ["text", "markdown"] as const) {
    const { document } = await convert(
      {
        bytes: new TextEncoder().encode(WARM_UP),
        path: `warm-up.${format === "text" ? "txt" : "md"}`,
        format,
      },
      { ocr: "off" },
    );
    await renderOutputs(document, OUTPUT_FORMATS, false);
  }
}

if (startupSnapshot.isBuildingSnapshot()) {
  void warmUp();
  startupSnapshot.setDeserializeMainFunction(() => {
    // Those packages are CommonJS: loaded as `import()` would give them, the exports as `default`.
    // workerpool too, and only now: it loads `node:worker_threads`, which must not be in the snapshot.
    const require = createRequire(import.meta.url);
    globalThis.vanbanExternal = (specifier) => {
      const exports = require(specifier) as object;
      return Promise.resolve({ ...exports, default: exports });
    };
    serveConversions(require("workerpool") as typeof WorkerPool);
  });
}
