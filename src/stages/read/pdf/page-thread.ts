import { parentPort } from "node:worker_threads";
import { InputError } from "../input-error.js";
import type { PageDrawing, PdfNote } from "./page-layout.js";
import { readPages } from "./pages.js";

/**
 * The worker thread pdf.js runs in (see pages.ts for why): for each PDF it is sent, posts every
 * page's drawing as soon as it is read, then the end (with the pages it could not read), or the
 * reason it could not read the document. It lives as long as its process, so pdf.js is loaded
 * once, not once per document.
 */
export type PageThreadReply =
  | { kind: "page"; page: PageDrawing }
  | { kind: "done"; damaged: PdfNote[] }
  | { kind: "failed"; input: boolean; message: string };

const post = (reply: PageThreadReply) => parentPort!.postMessage(reply);

parentPort!.on("message", async ({ bytes, maxPages }: { bytes: Uint8Array; maxPages: number }) => {
  try {
    const { damaged } = await readPages(bytes, maxPages, (page) => post({ kind: "page", page }));
    post({ kind: "done", damaged });
  } catch (e) {
    post({ kind: "failed", input: e instanceof InputError, message: (e as Error).message });
  }
});
