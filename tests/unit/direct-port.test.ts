import { describe, expect, it } from "vitest";
import { DirectPort } from "../../src/stages/read/pdf/direct-port.js";

describe("the port between pdf.js's API and its parser in one thread", () => {
  it("delivers a message later, as sent, even when the sender refills or empties what it sent", async () => {
    const port = new DirectPort();
    const got: unknown[] = [];
    port.addEventListener("message", (e) => got.push(e.data));
    // What pdf.js's text content and operator list streams do right after sending a chunk.
    const textContent = { items: [{ str: "Điều 1." }], styles: {} };
    const operatorList = { fnArray: [91, 92], argsArray: [[1], [2]] };
    port.postMessage({ stream: 4, chunk: textContent });
    port.postMessage({ stream: 4, chunk: operatorList });
    textContent.items = [];
    operatorList.fnArray.length = 0;
    operatorList.argsArray.length = 0;
    expect(got).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(got).toEqual([
      { stream: 4, chunk: { items: [{ str: "Điều 1." }], styles: {} } },
      { stream: 4, chunk: { fnArray: [91, 92], argsArray: [[1], [2]] } },
    ]);
  });

  it("passes other messages without copying them", async () => {
    const port = new DirectPort();
    let got: unknown;
    port.addEventListener("message", (e) => (got = e.data));
    const font = { data: new Uint8Array(8) };
    port.postMessage(font);
    await Promise.resolve();
    await Promise.resolve();
    expect(got).toBe(font);
  });

  it("stops delivering to a listener once its signal aborts (pdf.js ending a document)", async () => {
    const port = new DirectPort();
    const ac = new AbortController();
    let calls = 0;
    port.addEventListener("message", () => calls++, { signal: ac.signal });
    port.postMessage("a");
    await Promise.resolve();
    await Promise.resolve();
    ac.abort();
    port.postMessage("b");
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toBe(1);
  });
});
