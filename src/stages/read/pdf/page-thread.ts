import { parentPort } from "node:worker_threads";
import { InputError } from "../input-error.js";
import { readPages } from "./pages.js";

/**
 * The worker thread pdf.js runs in (see pages.ts for why): for each PDF it is sent, reads every page
 * and posts them back, or the reason it could not. It lives as long as its process, so pdf.js is
 * loaded once, not once per document.
 */
export type PageThreadReply =
  | { ok: true; result: Awaited<ReturnType<typeof readPages>> }
  | { ok: false; input: boolean; message: string };

parentPort!.on("message", async ({ bytes, maxPages }: { bytes: Uint8Array; maxPages: number }) => {
  let reply: PageThreadReply;
  try {
    reply = { ok: true, result: await readPages(bytes, maxPages) };
  } catch (e) {
    reply = { ok: false, input: e instanceof InputError, message: (e as Error).message };
  }
  parentPort!.postMessage(reply);
});
