import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../input-error.js";
import { readPages } from "./pages.js";

/**
 * The worker thread pdf.js runs in (see pages.ts for why): reads every page of the bytes it is given
 * and posts them back, or the reason it could not.
 */
export type PageThreadReply =
  | { ok: true; result: Awaited<ReturnType<typeof readPages>> }
  | { ok: false; input: boolean; message: string };

const { bytes, maxPages } = workerData as { bytes: Uint8Array; maxPages: number };
let reply: PageThreadReply;
try {
  reply = { ok: true, result: await readPages(bytes, maxPages) };
} catch (e) {
  reply = { ok: false, input: e instanceof InputError, message: (e as Error).message };
}
parentPort!.postMessage(reply);
