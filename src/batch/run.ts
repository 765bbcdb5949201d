import { createHash } from "node:crypto";
import { access, readFile, rm, rmdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Diagnostic, Severity } from "../model/diagnostic.js";
import type { LegalDocument } from "../model/document.js";
import type { ConvertOptions } from "../pipeline/runner.js";
import { STAGE_IDS } from "../model/stage.js";
import type { OcrMode } from "../stages/read/index.js";
import { type Limits, readLimitsOf } from "./limits.js";
import { DocumentPool } from "./pool.js";
import type { OutputFormat } from "./formats.js";
import { appendRunEntry, hashOptions, readRunManifest, type RunEntry } from "./run-manifest.js";
import { slugFor, uniqueSlug } from "./slug.js";
import { commitFolder, makeStagingRoot, sweepStaging } from "./staging.js";
import type { DocumentSummary } from "./summary.js";
import type { DocumentResult, DocumentTask } from "./worker.js";

export interface BatchOptions {
  outDir: string;
  formats: OutputFormat[];
  /** Print each document's JSON on stdout instead of writing files (no manifest, no resume). */
  stdout: boolean;
  csvRaw: boolean;
  ocr: OcrMode;
  rules?: Readonly<Record<string, Severity | "off">>;
  plan?: Pick<ConvertOptions, "stages" | "stageOptions">;
  limits: Limits;
  jobs: number;
  /** Redo documents the run manifest says are done. */
  force: boolean;
  /** Keep every document in memory for what comes after (stdout, a pipeline's diff and targets). */
  keepDocuments: boolean;
  /**
   * The code version the manifest records. A promise may be given: hashing the code takes 40–80 ms,
   * and the first converter process starts meanwhile; it is awaited only where a manifest entry is
   * compared or written.
   */
  version: string | Promise<string>;
}

export type Outcome =
  | {
      path: string;
      ok: true;
      /** Done by an earlier run with the same input, version and options: not converted again. */
      skipped: boolean;
      summary: DocumentSummary;
      diagnostics: Diagnostic[];
      slug: string | null;
      written: string[];
      ms: number;
      document?: LegalDocument;
    }
  | { path: string; ok: false; reason: string; ms: number };

export interface BatchEvents {
  /** A document was handed to a worker. */
  started?(path: string): void;
  /** How far a document is, while it is converted ("OCR page 3/12"). */
  progress?(path: string, message: string): void;
  /** A document is finished (converted, skipped or failed), in completion order. */
  finished?(outcome: Outcome): void;
}

async function sha256Of(path: string): Promise<string | null> {
  try {
    return createHash("sha256")
      .update(await readFile(path))
      .digest("hex");
  } catch {
    return null;
  }
}

/** A kept document checked against the contract; zod is loaded only by runs that keep documents. */
async function parseDocument(json: string): Promise<LegalDocument> {
  const { LegalDocument } = await import("../model/document.js");
  return LegalDocument.parse(JSON.parse(json));
}

/**
 * Converts many documents on a pool of converter processes and writes each one as soon as it is done:
 * staged, then swapped into `-o/<slug>` and recorded in `-o/run.jsonl`, in input order so slugs are
 * the same on every run. Memory holds a summary per document, not the document (unless kept).
 * A document done by an earlier run with the same bytes, version and options is skipped.
 */
export class BatchRun {
  /** Made when the run starts: no more processes than documents. */
  private pool: DocumentPool | null = null;
  private readonly optionsHash: string;
  private stopped = false;
  /** Inputs not yet found done before or handed to the pool: documents that may still come. */
  private undecided = 0;
  private stopping: Promise<void> | null = null;
  private readonly version: Promise<string>;

  constructor(
    private readonly options: BatchOptions,
    private readonly events: BatchEvents = {},
  ) {
    this.version = Promise.resolve(options.version);
    // Awaited where it is needed; a run that needs it nowhere must not leave its failure unhandled.
    this.version.catch(() => undefined);
    // Which stages run; what each stage does is covered by the code version (a hash of the code).
    const stages = options.plan?.stages ?? STAGE_IDS;
    this.optionsHash = hashOptions({
      formats: [...options.formats].sort(),
      csvRaw: options.csvRaw,
      ocr: options.ocr,
      rules: options.rules ?? {},
      plan: options.plan ?? {},
      stages,
      limits: options.limits,
    });
  }

  /** SIGINT: every process ends now; documents not yet committed are neither written nor recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping ??= this.pool?.destroy() ?? Promise.resolve();
    await this.stopping;
  }

  async run(paths: string[]): Promise<Outcome[]> {
    const o = this.options;
    // First, so the processes boot while the output folder and the manifest are read.
    const pool = (this.pool = new DocumentPool(Math.max(1, Math.min(o.jobs, paths.length)), o.limits));
    const writing = !o.stdout;
    let staging: string | null = null;
    let manifest = new Map<string, RunEntry>();
    const outExisted = await access(o.outDir).then(
      () => true,
      () => false,
    );
    let unwritable: string | null = null;
    // Everything after the pool's start is inside the try: whatever throws, its processes end, or
    // they would keep the run alive with nothing left to do.
    try {
      if (writing) {
        await sweepStaging(o.outDir);
        staging = await makeStagingRoot(o.outDir).catch((e: Error) => {
          unwritable = `cannot write output: ${e.message.split("\n")[0]}`;
          return null;
        });
        manifest = await readRunManifest(o.outDir);
      }
      const owner = new Map<string, string>();
      for (const e of manifest.values()) if (e.slug) owner.set(e.slug, e.path);
      if (unwritable !== null) return this.refuseAll(paths, unwritable);
      this.undecided = paths.length;
      const pending = paths.map((path) => this.start(pool, path, manifest.get(path), staging));
      const outcomes: Outcome[] = [];
      // Committed in input order: slug collisions resolve the same way on every run.
      for (const p of pending) {
        const result = await p;
        if (this.stopped) break;
        const outcome = "skipped" in result ? result : await this.commit(result, manifest, owner, staging);
        outcomes.push(outcome);
      }
      return outcomes;
    } finally {
      // Stopped: the processes must be gone before their staging folder is removed under them.
      if (this.stopped) await this.stopping;
      else await pool.close();
      if (staging) {
        await rm(staging, { recursive: true, force: true }).catch(() => {});
        // A killed run's converter may have written its last document after the sweep at the start.
        await sweepStaging(o.outDir);
        // Each only when empty: another run may be staging there, or documents were written.
        await rmdir(dirname(staging)).catch(() => {});
        if (!outExisted) await rmdir(o.outDir).catch(() => {});
      }
    }
  }

  /** An output folder that cannot be written fails every document with the reason, converting none. */
  private refuseAll(paths: string[], reason: string): Outcome[] {
    return paths.map((path) => {
      const outcome: Outcome = { path, ok: false, reason, ms: 0 };
      this.events.finished?.(outcome);
      return outcome;
    });
  }

  /** The previous entry still holds when bytes, version and options are the same and its files are there. */
  private async reusable(path: string, previous: RunEntry | undefined): Promise<Outcome | null> {
    const o = this.options;
    if (o.force || !previous || previous.status === "failed") return null;
    if (previous.version !== (await this.version) || previous.options !== this.optionsHash) return null;
    if ((await sha256Of(path)) !== previous.sha256) return null;
    const folder = join(o.outDir, previous.slug);
    for (const f of previous.outputs)
      if (
        !(await access(join(folder, f)).then(
          () => true,
          () => false,
        ))
      )
        return null;
    let document: LegalDocument | undefined;
    if (o.keepDocuments) {
      if (!previous.outputs.includes("document.json")) return null;
      document = await parseDocument(await readFile(join(folder, "document.json"), "utf8"));
    }
    const { status } = previous;
    return {
      path,
      ok: true,
      skipped: true,
      summary: { status, ...previous.counts },
      diagnostics: [],
      slug: previous.slug,
      written: previous.outputs.map((f) => join(folder, f)),
      ms: 0,
      ...(document ? { document } : {}),
    };
  }

  private async start(
    pool: DocumentPool,
    path: string,
    previous: RunEntry | undefined,
    staging: string | null,
  ): Promise<DocumentResult | Outcome> {
    const reused = await this.reusable(path, previous);
    this.undecided--;
    if (reused) {
      this.events.finished?.(reused);
      return reused;
    }
    const o = this.options;
    const task: DocumentTask = {
      path,
      formats: o.formats,
      csvRaw: o.csvRaw,
      ocr: o.ocr,
      rules: o.rules,
      plan: o.plan,
      limits: readLimitsOf(o.limits),
      maxInputBytes: o.limits.maxInputBytes,
      staging,
      keepDocument: o.keepDocuments,
    };
    this.events.started?.(path);
    const result = await pool.run(
      task,
      (message) => this.events.progress?.(path, message),
      () => this.undecided > 0,
    );
    if (!result.ok && !this.stopped) this.events.finished?.(result);
    return result;
  }

  private async commit(
    r: DocumentResult,
    manifest: Map<string, RunEntry>,
    owner: Map<string, string>,
    staging: string | null,
  ): Promise<Outcome> {
    const o = this.options;
    const previous = manifest.get(r.path);
    if (!r.ok) {
      if (staging && previous?.slug && owner.get(previous.slug) === r.path) {
        // The earlier outputs of this input are not its outputs any more.
        await rm(join(o.outDir, previous.slug), { recursive: true, force: true });
        owner.delete(previous.slug);
      }
      return r;
    }
    const document = r.document ? await parseDocument(r.document) : undefined;
    const base: Outcome = {
      path: r.path,
      ok: true,
      skipped: false,
      summary: r.summary,
      diagnostics: r.diagnostics,
      slug: null,
      written: [],
      ms: r.ms,
      ...(document ? { document } : {}),
    };
    if (!staging || !r.staged) {
      this.events.finished?.(base);
      return base;
    }
    const slug = uniqueSlug(slugFor(r.path, r.summary.number), (s) => {
      const holder = owner.get(s);
      return holder !== undefined && holder !== r.path;
    });
    let folder: string;
    try {
      folder = commitFolder(r.staged, o.outDir, slug, staging);
    } catch (e) {
      await rm(r.staged, { recursive: true, force: true });
      const failed: Outcome = {
        path: r.path,
        ok: false,
        reason: `cannot write output: ${(e as Error).message.split("\n")[0]}`,
        ms: r.ms,
      };
      this.events.finished?.(failed);
      return failed;
    }
    if (previous?.slug && previous.slug !== slug && owner.get(previous.slug) === r.path) {
      await rm(join(o.outDir, previous.slug), { recursive: true, force: true });
      owner.delete(previous.slug);
    }
    owner.set(slug, r.path);
    await this.record(r, slug);
    const outcome = { ...base, slug, written: r.files.map((f) => join(folder, f)) };
    this.events.finished?.(outcome);
    return outcome;
  }

  private async record(r: Extract<DocumentResult, { ok: true }>, slug: string): Promise<void> {
    const { status, ...counts } = r.summary;
    appendRunEntry(this.options.outDir, {
      path: r.path,
      sha256: r.sha256,
      version: await this.version,
      options: this.optionsHash,
      status,
      slug,
      outputs: r.files,
      counts,
      ms: r.ms,
    });
  }
}
