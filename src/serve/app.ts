import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Limits } from "../batch/limits.js";
import { readLimitsOf } from "../batch/limits.js";
import { DocumentPool } from "../batch/pool.js";
import type { DocumentTask } from "../batch/worker.js";
import { diffDocuments } from "../diff/index.js";
import { diffToHtml } from "../emit/diff-html.js";
import { diffToMarkdown } from "../emit/diff-markdown.js";
import { toJson } from "../emit/json.js";
import { toMarkdownDocument } from "../emit/markdown.js";
import { timelineToMarkdown } from "../emit/timeline.js";
import { LegalDocument } from "../model/document.js";
import { jsonSchemas } from "../model/schemas.js";
import { buildTimeline } from "../timeline/build.js";
import { openApi } from "./openapi.js";
import { extensionOf, sniffFormat } from "./sniff.js";

export interface ServiceOptions {
  jobs: number;
  limits: Limits;
  /** Request bodies past this many bytes get 413. */
  maxBodyBytes: number;
  /** Documents converting or waiting, past which a request gets 503 and Retry-After. */
  maxPending: number;
  version: string;
}

/** A failure a client can act on: the status and one line saying why, as JSON. */
class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}

interface Upload {
  bytes: Uint8Array;
  name: string;
  type: string;
}

/**
 * The HTTP service: the batch runner's converter processes behind POST /convert, /diff and /targets,
 * so a request gets the same isolation and limits as a CLI run. Hono rather than Fastify: Fastify
 * 5.12's dependency tree needs Node 22 (cookie 2 through light-my-request), and Hono has no
 * dependencies and runs on Node 20's own Request, FormData and streams.
 */
export function buildService(o: ServiceOptions) {
  const pool = new DocumentPool(o.jobs, o.limits);
  let pending = 0;
  const app = new Hono();

  const fail = (c: Context, status: ContentfulStatusCode, message: string) =>
    c.json({ error: message, status }, status);

  app.onError((e, c) => {
    if (e instanceof HttpError) return fail(c, e.status, e.message);
    return fail(c, 500, `internal error: ${e.message.split("\n")[0]}`);
  });
  app.notFound((c) => fail(c, 404, `no such route: ${c.req.method} ${c.req.path}`));

  const limit = bodyLimit({
    maxSize: o.maxBodyBytes,
    onError: (c) =>
      fail(
        c,
        413,
        `the request body is over the ${+(o.maxBodyBytes / 1048576).toFixed(2)} MB limit (--max-body)`,
      ),
  });

  /** Converts one upload in a converter process; the document, or an HttpError with the reason. */
  async function convertUpload(u: Upload): Promise<LegalDocument> {
    if (pending >= o.maxPending)
      throw new HttpError(503, `busy: ${pending} documents are converting or waiting; try again shortly`);
    pending++;
    const dir = await mkdtemp(join(tmpdir(), "vanban-serve-"));
    try {
      const format = sniffFormat(u.bytes, u.name, u.type);
      const file = join(dir, `upload${extensionOf(format)}`);
      await writeFile(file, u.bytes);
      const task: DocumentTask = {
        path: file,
        displayPath: u.name || `upload${extensionOf(format)}`,
        formats: [],
        csvRaw: false,
        ocr: "auto",
        limits: readLimitsOf(o.limits),
        maxInputBytes: o.limits.maxInputBytes,
        staging: null,
        keepDocument: true,
      };
      const r = await pool.run(task);
      if (!r.ok) {
        const status = /--timeout/.test(r.reason) ? 504 : /^internal error/.test(r.reason) ? 500 : 422;
        throw new HttpError(status, `${task.displayPath}: ${r.reason}`);
      }
      return LegalDocument.parse(JSON.parse(r.document!));
    } finally {
      pending--;
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The uploads of a request: multipart files under `fields`, or the raw body as one file. */
  async function uploads(c: Context, fields: string[]): Promise<Upload[]> {
    const type = c.req.header("content-type") ?? "";
    if (!type.startsWith("multipart/form-data")) {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (!bytes.length)
        throw new HttpError(400, "the request has no body: send the document's bytes, or a multipart form");
      return [{ bytes, name: c.req.query("name") ?? "", type }];
    }
    const form = await c.req.formData();
    const out: Upload[] = [];
    for (const field of fields)
      for (const v of form.getAll(field))
        if (typeof v !== "string")
          out.push({ bytes: new Uint8Array(await v.arrayBuffer()), name: v.name, type: v.type });
    if (!out.length)
      throw new HttpError(400, `the form has no file under ${fields.map((f) => `"${f}"`).join(" or ")}`);
    return out;
  }

  app.get("/health", (c) => c.json({ status: "ok", version: o.version, jobs: o.jobs, pending }));
  app.get("/openapi.json", (c) => c.json(openApi(o.version)));
  app.get("/schemas", (c) => c.json(Object.keys(jsonSchemas()).sort()));
  app.get("/schemas/:name", (c) => {
    const schema = jsonSchemas()[c.req.param("name")];
    if (!schema) return fail(c, 404, `no such schema: ${c.req.param("name")}`);
    return c.body(schema, 200, { "content-type": "application/schema+json" });
  });

  app.post("/convert", limit, async (c) => {
    const [upload] = await uploads(c, ["file"]);
    const doc = await convertUpload(upload!);
    const output = c.req.query("output") ?? "json";
    if (output === "md")
      return c.body(toMarkdownDocument(doc), 200, { "content-type": "text/markdown; charset=utf-8" });
    if (output !== "json") throw new HttpError(400, `unknown output "${output}": use json or md`);
    return c.body(toJson(doc), 200, { "content-type": "application/json; charset=utf-8" });
  });

  app.post("/diff", limit, async (c) => {
    const type = c.req.header("content-type") ?? "";
    if (!type.startsWith("multipart/form-data"))
      throw new HttpError(400, 'send a multipart form with files "old" and "new"');
    const [old] = await uploads(c, ["old"]);
    const [next] = await uploads(c, ["new"]);
    if (!old || !next) throw new HttpError(400, 'the form needs two files, "old" and "new"');
    const [a, b] = await Promise.all([convertUpload(old), convertUpload(next)]);
    const diff = diffDocuments(a, b);
    const output = c.req.query("output") ?? "json";
    if (output === "md")
      return c.body(diffToMarkdown(diff), 200, { "content-type": "text/markdown; charset=utf-8" });
    if (output === "html") return c.html(diffToHtml(diff));
    if (output !== "json") throw new HttpError(400, `unknown output "${output}": use json, md or html`);
    return c.body(`${JSON.stringify(diff, null, 2)}\n`, 200, {
      "content-type": "application/json; charset=utf-8",
    });
  });

  app.post("/targets", limit, async (c) => {
    const files = await uploads(c, ["files", "file"]);
    const docs = await Promise.all(files.map(convertUpload));
    const timeline = buildTimeline(docs);
    if (c.req.query("output") === "md")
      return c.body(timelineToMarkdown(timeline), 200, { "content-type": "text/markdown; charset=utf-8" });
    return c.body(`${JSON.stringify(timeline, null, 2)}\n`, 200, {
      "content-type": "application/json; charset=utf-8",
    });
  });

  return { app, close: () => pool.close() };
}
