import { Command, CommanderError, Option } from "commander";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { DocumentDiff } from "../model/diff.js";
import type { LegalDocument } from "../model/document.js";
import { DIFF_FORMATS, type DiffFormat, OUTPUT_FORMATS, type OutputFormat } from "../batch/formats.js";
import type { Outcome } from "../batch/run.js";
import {
  addBatchOptions,
  addLimitOptions,
  type BatchFlags,
  EXIT_INTERRUPTED,
  limitsOf,
  runDocuments,
} from "./batch.js";
import { summaryTable } from "./report.js";
import { packageVersion } from "./version.js";

// The commands: each imports what it runs when it runs; `main.ts` loads this file for every command
// but `--version`.

/** Exit codes: 0 ok, 1 an input failed, 2 usage error, 3 partial under --strict. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, partialStrict: 3 } as const;

/** A parser for "--format a,b": every name must be one of `allowed`. */
function formatList<T extends string>(allowed: readonly T[]): (value: string) => T[] {
  return (value) => {
    const list = value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = list.filter((f) => !(allowed as readonly string[]).includes(f));
    if (bad.length || !list.length)
      throw new CommanderError(
        EXIT.usage,
        "vanban.format",
        `unknown format: ${bad.join(", ") || "(none)"}; use ${allowed.join(",")}`,
      );
    return list as T[];
  };
}

/** "38 matched, 12 added, 20 removed, 9 reworded …" for the console. */
function diffSummary(d: DocumentDiff): string {
  const matched = Object.values(d.summary.levels).reduce((n, l) => n + l.matched, 0);
  const counts = Object.entries(d.summary.counts)
    .filter(([t, n]) => n && t !== "unchanged")
    .map(([t, n]) => `${n} ${t}`);
  return [`${matched} matched`, ...counts].join(", ");
}

function exitCode(outcomes: Outcome[], strict: boolean): number {
  if (outcomes.some((o) => !o.ok || o.summary.status === "failed")) return EXIT.inputFailed;
  if (strict && outcomes.some((o) => o.ok && o.summary.status === "partial")) return EXIT.partialStrict;
  return EXIT.ok;
}

/** A list of inputs that cannot be read (`@missing.txt`) is a usage error, not a document's failure. */
function usageError(e: unknown): never {
  throw new CommanderError(EXIT.usage, "vanban.inputs", (e as Error).message);
}

export function buildProgram(): Command {
  const program = new Command("vanban")
    .description("Vietnamese legal and administrative documents into data")
    .version(packageVersion(), "-V, --version")
    .exitOverride()
    .showHelpAfterError();

  addBatchOptions(
    program
      .command("convert")
      .description(
        "convert documents into document.json, document.md, tables.xlsx and tables/*.csv, one folder each, recorded in run.jsonl",
      )
      .argument(
        "<inputs...>",
        "files, folders (read at any depth), - for a list of paths on stdin, @list.txt",
      )
      .option("-o, --out <dir>", "output folder", "out")
      .addOption(
        new Option("--format <list>", "output formats: json,md,xlsx,csv")
          .default(["json", "md", "xlsx", "csv"], "json,md,xlsx,csv")
          .argParser(formatList(OUTPUT_FORMATS)),
      )
      .option("--csv-raw", "write CSV cells as they are, without neutralising formula-like cells")
      .option(
        "--ocr",
        "PDF pages without text layer must be read with tesseract (vie): fail if it is not installed (by default it is used when installed)",
      )
      .option("--stdout", "print the JSON on stdout (one document per line) instead of writing files")
      .option("--strict", "exit 3 when a document is only partial")
      .option("--quiet", "print no diagnostics")
      .option("--verbose", "print info diagnostics too"),
  ).action(
    async (
      inputs: string[],
      opts: BatchFlags & {
        out: string;
        format: OutputFormat[];
        stdout?: boolean;
        strict?: boolean;
        quiet?: boolean;
        verbose?: boolean;
        csvRaw?: boolean;
        ocr?: boolean;
      },
    ) => {
      const { expandInputs } = await import("../batch/inputs.js");
      const { codeVersion } = await import("../batch/code-version.js");
      const paths = await expandInputs(inputs).catch(usageError);
      const stdout = !!opts.stdout;
      const { outcomes, interrupted, totals } = await runDocuments(
        paths,
        {
          outDir: opts.out,
          formats: opts.format,
          stdout,
          csvRaw: !!opts.csvRaw,
          ocr: opts.ocr ? "on" : "auto",
          limits: limitsOf(opts),
          jobs: opts.jobs ?? 1,
          force: !!opts.force,
          keepDocuments: stdout,
          version: codeVersion(packageVersion()),
        },
        { quiet: !!opts.quiet, verbose: !!opts.verbose },
      );
      if (stdout)
        for (const o of outcomes)
          if (o.ok && o.document) process.stdout.write(`${JSON.stringify(o.document)}\n`);
      if (!opts.quiet && !stdout && !interrupted) console.error(summaryTable(outcomes));
      console.error(totals);
      process.exitCode = interrupted ? EXIT_INTERRUPTED : exitCode(outcomes, !!opts.strict);
    },
  );

  addBatchOptions(
    program
      .command("run")
      .description("run a pipeline definition (pipelines/default.json is the main job)")
      .argument("[definition]", "pipeline definition file", "pipelines/default.json")
      .option("--strict", "exit 3 when a document is only partial")
      .option("--verbose", "print every diagnostic, not only the summary"),
  ).action(async (file: string, opts: BatchFlags & { strict?: boolean; verbose?: boolean }) => {
    const { PipelineDefinition } = await import("../model/pipeline.js");
    const { checkPlan, PlanError } = await import("../pipeline/stages.js");
    const { runCrossDocument } = await import("../pipeline/cross-document.js");
    const { expandInputs } = await import("../batch/inputs.js");
    const { codeVersion } = await import("../batch/code-version.js");
    const { safeJoin } = await import("../batch/output.js");
    const { writeTimeline } = await import("./targets.js");
    const { diffSlug, writeDiff } = await import("./diff.js");
    const def = PipelineDefinition.safeParse(
      JSON.parse(
        await readFile(file, "utf8").catch(() => {
          throw new CommanderError(EXIT.usage, "vanban.pipeline", `${file}: no such pipeline definition`);
        }),
      ),
    );
    if (!def.success)
      throw new CommanderError(
        EXIT.usage,
        "vanban.pipeline",
        `${file}: ${def.error.issues[0]?.message ?? "invalid"}`,
      );
    // Paths in a definition are relative to the definition's own folder; they are recorded (and
    // printed) relative to where vanban runs.
    const here = resolve(dirname(file));
    const at = (p: string) => resolve(here, p);
    const shown = (p: string) => relative(process.cwd(), p) || ".";
    const inputs = (await expandInputs(def.data.inputs.map(at)).catch(usageError)).map(shown);
    const plan = { stages: def.data.stages, stageOptions: def.data.options };
    try {
      checkPlan(plan.stages, plan.stageOptions);
    } catch (e) {
      if (e instanceof PlanError)
        throw new CommanderError(EXIT.usage, "vanban.pipeline", `${file}: ${e.message}`);
      throw e;
    }
    const outDir = at(def.data.output.dir);
    const { outcomes, interrupted, totals } = await runDocuments(
      inputs,
      {
        outDir,
        formats: def.data.output.formats,
        stdout: false,
        csvRaw: false,
        ocr: "auto",
        rules: def.data.rules,
        plan,
        limits: limitsOf(opts),
        jobs: opts.jobs ?? 1,
        force: !!opts.force,
        keepDocuments: !!(def.data.targets || def.data.diff),
        version: codeVersion(packageVersion()),
      },
      { quiet: !opts.verbose, verbose: !!opts.verbose },
    );
    if (interrupted) {
      console.error(totals);
      process.exitCode = EXIT_INTERRUPTED;
      return;
    }
    console.error(`vanban ${def.data.id}: ${outcomes.length} document(s) → ${shown(outDir)}/`);
    const byPath = new Map(
      outcomes.flatMap((o) => (o.ok && o.document ? [[resolve(o.path), o.document] as const] : [])),
    );
    let cross;
    try {
      cross = runCrossDocument(def.data, byPath, at);
    } catch (e) {
      if (e instanceof PlanError)
        throw new CommanderError(EXIT.usage, "vanban.pipeline", `${file}: ${e.message}`);
      throw e;
    }
    if (cross.timeline && def.data.targets) {
      const { timeline } = cross;
      await writeTimeline(timeline, safeJoin(outDir, def.data.targets));
      console.error(
        `targets: ${timeline.indicators.length} indicator(s), ${timeline.indicators.filter((i) => i.documentCount >= 2).length} in two documents or more → ${shown(join(outDir, def.data.targets))}/`,
      );
    }
    for (const pair of cross.diffs) {
      const folder = safeJoin(
        outDir,
        def.data.diff!.dir,
        diffSlug(byPath.get(at(pair.old))!, byPath.get(at(pair.new))!),
      );
      await writeDiff(pair.diff, folder, def.data.diff!.formats);
      console.error(
        `diff ${shown(at(pair.old))} → ${shown(at(pair.new))}: ${diffSummary(pair.diff)} → ${shown(folder)}/`,
      );
    }
    console.error(summaryTable(outcomes));
    console.error(totals);
    process.exitCode = exitCode(outcomes, !!opts.strict);
  });

  program
    .command("diff")
    .description("what changed between two documents: diff.json, diff.md, diff.xlsx, diff.html")
    .argument("<old>", "the earlier document (text, Markdown, or document.json from vanban convert)")
    .argument("<new>", "the later document")
    .option("-o, --out <dir>", "output folder (the pair gets its own folder inside)", "out/diff")
    .addOption(
      new Option("--format <list>", "output formats: json,md,xlsx,html")
        .default([...DIFF_FORMATS], DIFF_FORMATS.join(","))
        .argParser(formatList(DIFF_FORMATS)),
    )
    .action(async (oldPath: string, newPath: string, opts: { out: string; format: DiffFormat[] }) => {
      const { loadDocument } = await import("./targets.js");
      const { diffAndWrite } = await import("./diff.js");
      const [a, b] = await Promise.all([loadDocument(oldPath), loadDocument(newPath)]);
      for (const l of [a, b]) if (!l.ok) console.error(`${l.path}: ${l.reason}`);
      if (!a.ok || !b.ok) {
        process.exitCode = EXIT.inputFailed;
        return;
      }
      const { folder, diff } = await diffAndWrite(a.document, b.document, opts.out, opts.format);
      console.error(`vanban diff: ${diffSummary(diff)} → ${folder}/`);
    });

  program
    .command("apply")
    .description(
      "apply amending documents to a base: the consolidated text (document.json, document.md) and what each instruction did (apply.json, apply.md)",
    )
    .argument("<base>", "the document amended (any input format, or document.json)")
    .argument("<amending...>", "the amending documents, in the order they apply")
    .option(
      "-o, --out <dir>",
      "output folder (the consolidated text gets its own folder inside)",
      "out/apply",
    )
    .action(async (basePath: string, amendingPaths: string[], opts: { out: string }) => {
      const { loadDocument } = await import("./targets.js");
      const { applyAndWrite } = await import("./apply.js");
      const loaded = await Promise.all([basePath, ...amendingPaths].map((p) => loadDocument(p)));
      for (const l of loaded) if (!l.ok) console.error(`${l.path}: ${l.reason}`);
      if (loaded.some((l) => !l.ok)) {
        process.exitCode = EXIT.inputFailed;
        return;
      }
      const [base, ...amending] = loaded.map((l) => (l as { document: LegalDocument }).document);
      const { folder, report } = await applyAndWrite(base!, amending, opts.out);
      // An amending file that gives no instruction (a replacement appendix alone, the wrong file) is said.
      for (const [k, a] of report.amending.entries())
        if (!report.changes.some((c) => c.amending === (a.number ?? a.path)))
          console.error(
            `${amendingPaths[k]}: no amending instruction found (sửa đổi, bổ sung, bãi bỏ, thay thế …)`,
          );
      const s = report.summary;
      console.error(
        `vanban apply: ${s.applied} of ${s.instructions} instruction(s) applied${s.partlyApplied ? `, ${s.partlyApplied} in part` : ""}${s.notApplied ? `, ${s.notApplied} not applied` : ""}${s.partlyApplied + s.notApplied ? " (reasons in apply.md)" : ""} → ${folder}/`,
      );
    });

  program
    .command("targets")
    .description("line every indicator up across documents: targets.json, targets.md, targets.xlsx")
    .argument("<inputs...>", "input files (text, Markdown, or document.json from vanban convert)")
    .option("-o, --out <dir>", "output folder", "out/targets")
    .action(async (inputs: string[], opts: { out: string }) => {
      const { buildTimeline, loadDocument, writeTimeline } = await import("./targets.js");
      const loaded = await Promise.all(inputs.map((p) => loadDocument(p)));
      for (const l of loaded) if (!l.ok) console.error(`${l.path}: ${l.reason}`);
      const docs = loaded.flatMap((l) => (l.ok ? [l.document] : []));
      if (!docs.length) {
        process.exitCode = EXIT.inputFailed;
        return;
      }
      const timeline = buildTimeline(docs);
      await writeTimeline(timeline, opts.out);
      const shared = timeline.indicators.filter((i) => i.documentCount >= 2).length;
      console.error(
        `vanban targets: ${docs.length} document(s), ${timeline.indicators.length} indicator(s), ${shared} in two or more → ${opts.out}/`,
      );
      process.exitCode = loaded.every((l) => l.ok) ? EXIT.ok : EXIT.inputFailed;
    });

  addLimitOptions(
    program
      .command("serve")
      .description("an HTTP service: POST /convert, /diff, /targets; GET /schemas/…, /openapi.json, /health")
      .option("--port <n>", "port to listen on (0: any free port)", "8080")
      .option("--host <address>", "address to listen on", "127.0.0.1")
      .option("--max-body <MB>", "request body size", "50")
      .option("--max-pending <n>", "documents converting or waiting before a request gets 503"),
  ).action(
    async (opts: BatchFlags & { port: string; host: string; maxBody: string; maxPending?: string }) => {
      const { startService } = await import("../serve/server.js");
      const jobs = opts.jobs ?? 1;
      await startService({
        port: Number(opts.port),
        host: opts.host,
        jobs,
        limits: limitsOf(opts),
        maxBodyBytes: Math.round(Number(opts.maxBody) * 1048576),
        maxPending: Number(opts.maxPending ?? jobs * 8),
        version: packageVersion(),
      });
    },
  );

  program
    .command("enqueue")
    .description("put documents on a Redis queue (BullMQ) for `vanban worker`s on any machine")
    .argument("<inputs...>", "files, folders, - for a list on stdin, @list.txt")
    .requiredOption("--redis <url>", "redis://host:port")
    .option("--queue <name>", "queue name", "vanban")
    .addOption(
      new Option("--format <list>", "outputs the workers render: json,md,xlsx,csv")
        .default(["json", "md", "xlsx", "csv"], "json,md,xlsx,csv")
        .argParser(formatList(OUTPUT_FORMATS)),
    )
    .action(async (inputs: string[], opts: { redis: string; queue: string; format: OutputFormat[] }) => {
      const { connectionOf, enqueue } = await import("../queue/queue.js");
      const { expandInputs } = await import("../batch/inputs.js");
      const paths = await expandInputs(inputs).catch(usageError);
      const r = await enqueue(paths, {
        connection: connectionOf(opts.redis),
        queue: opts.queue,
        formats: opts.format,
        maxInputBytes: limitsOf({}).maxInputBytes,
      });
      for (const f of r.refused) console.error(`${f.path}: error ${f.reason}`);
      console.error(
        `vanban enqueue: ${r.added} added, ${r.already} already queued, ${r.refused.length} refused → ${opts.queue}`,
      );
      process.exitCode = r.refused.length ? EXIT.inputFailed : EXIT.ok;
    });

  addLimitOptions(
    program
      .command("worker")
      .description("convert the documents of a Redis queue until SIGINT or SIGTERM")
      .requiredOption("--redis <url>", "redis://host:port")
      .option("--queue <name>", "queue name", "vanban")
      .option("--lock-ms <ms>", "how long a job stays locked to a worker that stopped answering", "30000"),
  ).action(async (opts: BatchFlags & { redis: string; queue: string; lockMs: string }) => {
    const { connectionOf, runWorker } = await import("../queue/queue.js");
    const jobs = opts.jobs ?? 1;
    console.error(`vanban worker: ${jobs} job(s) on ${opts.queue}`);
    await runWorker({
      connection: connectionOf(opts.redis),
      queue: opts.queue,
      jobs,
      limits: limitsOf(opts),
      lockMs: Number(opts.lockMs),
      log: (line) => console.error(line),
    });
  });

  program
    .command("collect")
    .description("write the queue's converted documents into a folder, and list the ones that failed")
    .requiredOption("--redis <url>", "redis://host:port")
    .option("--queue <name>", "queue name", "vanban")
    .option("-o, --out <dir>", "output folder", "out")
    .action(async (opts: { redis: string; queue: string; out: string }) => {
      const { collect, connectionOf } = await import("../queue/queue.js");
      const r = await collect({ connection: connectionOf(opts.redis), queue: opts.queue, outDir: opts.out });
      for (const f of r.failed) console.error(`${f.path}: error ${f.reason}`);
      console.error(
        `vanban collect: ${r.written} document(s) → ${opts.out}/, ${r.failed.length} failed, ${r.waiting} still queued`,
      );
      process.exitCode = r.failed.length ? EXIT.inputFailed : EXIT.ok;
    });

  program
    .command("schema")
    .description("write the JSON Schemas of the outputs")
    .option("-o, --out <dir>", "output folder", "schemas")
    .action(async (opts: { out: string }) => {
      const { jsonSchemas } = await import("../model/schemas.js");
      const { safeJoin, writeAtomic } = await import("../batch/output.js");
      for (const [name, content] of Object.entries(jsonSchemas()))
        await writeAtomic(safeJoin(opts.out, name), content);
      console.error(`schemas written to ${opts.out}/`);
    });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code !== "commander.helpDisplayed" &&
        e.code !== "commander.version" &&
        e.code !== "commander.help"
      ) {
        if (e.code.startsWith("vanban.")) console.error(`vanban: ${e.message}`);
      }
      process.exitCode = e.exitCode === 0 ? 0 : EXIT.usage;
      return;
    }
    // A file-system refusal (EACCES, ENOSPC, ENOTDIR …) names the path and the reason; anything else
    // is a bug or a broken environment: one line, not a stack trace (VANBAN_DEBUG=1 shows it).
    const err = e as NodeJS.ErrnoException;
    if (err.syscall && err.code) console.error(`vanban: cannot write output: ${err.message.split("\n")[0]}`);
    else console.error(`vanban: internal error: ${err.message}`);
    if (process.env.VANBAN_DEBUG) console.error(e);
    process.exitCode = 1;
  }
}
