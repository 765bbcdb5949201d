/**
 * pdf.js's parser in the thread that asks it (the page thread), spoken to without copies. Left to
 * itself, pdf.js on Node runs its parser as a "fake worker" behind a port that deep-copies every
 * message with structuredClone, as a real worker's would be: each operator list crossed it object
 * by object, down to the glyphs of every text-showing operator. Here nothing crosses a thread, so a
 * message passes as it is, on a later microtask as pdf.js expects, except a stream's chunk, which
 * pdf.js reuses once sent: that is copied one level deep. Reading the 80 PDFs of the corpus and its
 * derived sets: 30.4 → 26.6 s, every page's lines and grids the same.
 */
type Listener = (event: { data: unknown }) => void;

interface Chunked {
  chunk?: { fnArray?: unknown[]; argsArray?: unknown[] };
}

/**
 * A stream's chunk as it was when sent: pdf.js refills the object it sent (a text content's
 * `items`, reassigned) or empties its arrays (an operator list's `fnArray` and `argsArray`).
 */
function chunkAsSent({ chunk }: Chunked): Chunked["chunk"] {
  const copy = { ...chunk };
  if (copy.fnArray) copy.fnArray = copy.fnArray.slice();
  if (copy.argsArray) copy.argsArray = copy.argsArray.slice();
  return copy;
}

export class DirectPort {
  private readonly listeners = new Set<Listener>();
  private readonly delivered = Promise.resolve();

  postMessage(message: unknown): void {
    const data = (message as Chunked | null)?.chunk
      ? { ...(message as Chunked), chunk: chunkAsSent(message as Chunked) }
      : message;
    void this.delivered.then(() => {
      for (const listener of this.listeners) listener.call(this, { data });
    });
  }

  /** pdf.js ends a document's listener through the signal it passes (its MessageHandler.destroy). */
  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    if (options?.signal?.aborted) return;
    this.listeners.add(listener);
    options?.signal?.addEventListener("abort", () => this.listeners.delete(listener), { once: true });
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.listeners.delete(listener);
  }

  terminate(): void {
    this.listeners.clear();
  }
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type ParserEntry = { initializeFromPort(port: DirectPort): void };
let parser: Promise<InstanceType<PdfJs["PDFWorker"]>> | null = null;

/** The thread's one parser, shared by its documents (each ends its own part when destroyed). */
export function parserWorker(pdfjs: PdfJs): Promise<InstanceType<PdfJs["PDFWorker"]>> {
  // The parser's module ships no types: only its entry point is used.
  const parserModule = "pdfjs-dist/legacy/build/pdf.worker.mjs";
  parser ??= (import(parserModule) as Promise<{ WorkerMessageHandler: ParserEntry }>).then(
    ({ WorkerMessageHandler }) => {
      const port = new DirectPort();
      WorkerMessageHandler.initializeFromPort(port);
      return new pdfjs.PDFWorker({ port: port as never, verbosity: 0 });
    },
  );
  return parser;
}
