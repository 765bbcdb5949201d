/**
 * pdf.js's Node build (pdf.mjs, and pdf.worker.mjs when its fake worker loads) carries core-js,
 * which replaces `Array.prototype.push`, `JSON.parse` and `JSON.stringify` on Node 20 for edge cases
 * of the newest specifications (arrays past 2³² elements, raw JSON). pdf.js needs none of them, and
 * the replacements are slow: the core-js `push` alone was 7% of reading a 200-page PDF, in pdf.js's
 * own code. The thread pdf.js runs in (page-thread.ts) takes the originals back after each load;
 * what core-js adds that Node 20 lacks (`Promise.withResolvers`, Set methods…) stays.
 */
const originals = {
  push: Object.getOwnPropertyDescriptor(Array.prototype, "push")!,
  parse: Object.getOwnPropertyDescriptor(JSON, "parse")!,
  stringify: Object.getOwnPropertyDescriptor(JSON, "stringify")!,
};

export function restoreNatives(): void {
  if (Array.prototype.push !== originals.push.value)
    Object.defineProperty(Array.prototype, "push", originals.push);
  if (JSON.parse !== originals.parse.value) Object.defineProperty(JSON, "parse", originals.parse);
  if (JSON.stringify !== originals.stringify.value)
    Object.defineProperty(JSON, "stringify", originals.stringify);
}
